using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>Turns character offsets into zero-based line and column numbers.</summary>
internal sealed class TextMap
{
    private readonly List<int> _lineStarts = new() { 0 };

    public TextMap(string text)
    {
        Length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public int Length { get; }

    public (int Line, int Column) GetPosition(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > Length)
        {
            offset = Length;
        }

        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }
}
