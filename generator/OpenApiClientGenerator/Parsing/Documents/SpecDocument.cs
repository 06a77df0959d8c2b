using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>A parsed spec file: its node tree and what is needed to point diagnostics at the text.</summary>
internal sealed class SpecDocument
{
    public SpecDocument(string path, SpecNode root, TextMap textMap)
    {
        Path = path;
        Root = root;
        TextMap = textMap;
    }

    public string Path { get; }

    public SpecNode Root { get; }

    public TextMap TextMap { get; }

    public LocationInfo LocationOf(SpecNode node) => LocationOf(Path, TextMap, node.Start, node.Length);

    public LocationInfo LocationOfKey(SpecProperty property) => LocationOf(Path, TextMap, property.KeyStart, property.KeyLength);

    public static LocationInfo LocationOf(string path, TextMap textMap, int start, int length)
    {
        var (startLine, startColumn) = textMap.GetPosition(start);
        var (endLine, endColumn) = textMap.GetPosition(start + length);
        return new LocationInfo(path, start, length, startLine, startColumn, endLine, endColumn);
    }
}
