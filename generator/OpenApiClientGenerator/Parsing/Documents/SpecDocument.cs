using System;
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

    /// <summary>
    /// The node a JSON pointer ("#/a/b" or "/a/b") names; failing that, the deepest node on its way (at least the root).
    /// Used to place a diagnostic about something that is no longer there at what still is.
    /// </summary>
    public SpecNode FindNearest(string pointer)
    {
        var path = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        return Navigate(Root, path, decodeUri: false, nearest: true)!;
    }

    /// <summary>
    /// Follows a JSON pointer without its leading '#' ("/a/b"; "~1" is '/', "~0" is '~'; in a $ref, also URI-escaped).
    /// Returns null when a segment is missing, or with <paramref name="nearest"/> the last node reached.
    /// </summary>
    public static SpecNode? Navigate(SpecNode root, string pointer, bool decodeUri, bool nearest = false)
    {
        if (pointer.Length == 0)
        {
            return root;
        }

        if (pointer[0] != '/')
        {
            return nearest ? root : null;
        }

        var current = root;
        foreach (var rawSegment in pointer.Substring(1).Split('/'))
        {
            var segment = (decodeUri ? Uri.UnescapeDataString(rawSegment) : rawSegment).Replace("~1", "/").Replace("~0", "~");
            var next = current switch
            {
                SpecObject obj => obj[segment],
                SpecArray array when int.TryParse(segment, out var index) && index >= 0 && index < array.Items.Count => array.Items[index],
                _ => null,
            };

            if (next is null)
            {
                return nearest ? current : null;
            }

            current = next;
        }

        return current;
    }

    public static LocationInfo LocationOf(string path, TextMap textMap, int start, int length)
    {
        var (startLine, startColumn) = textMap.GetPosition(start);
        var (endLine, endColumn) = textMap.GetPosition(start + length);
        return new LocationInfo(path, start, length, startLine, startColumn, endLine, endColumn);
    }
}
