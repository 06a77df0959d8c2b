using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>
/// Converts byte offsets in the UTF-8 form of a text back to character offsets. Specs are mostly ASCII, so only
/// the places where a multi-byte sequence ends are recorded (with how many bytes the text is ahead of characters there).
/// </summary>
internal sealed class Utf8OffsetMap
{
    private readonly List<int> _byteOffsets = new();
    private readonly List<int> _deltas = new();

    public Utf8OffsetMap(byte[] utf8)
    {
        var delta = 0;
        var i = 0;
        while (i < utf8.Length)
        {
            var b = utf8[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            // A lead byte tells the sequence length; four-byte sequences become a surrogate pair (two chars).
            int byteCount, charCount;
            if (b >= 0xF0)
            {
                byteCount = 4;
                charCount = 2;
            }
            else if (b >= 0xE0)
            {
                byteCount = 3;
                charCount = 1;
            }
            else if (b >= 0xC0)
            {
                byteCount = 2;
                charCount = 1;
            }
            else
            {
                byteCount = 1;
                charCount = 1;
            }

            i += byteCount;
            delta += byteCount - charCount;
            _byteOffsets.Add(i);
            _deltas.Add(delta);
        }
    }

    public int ToCharOffset(long byteOffset)
    {
        var offset = (int)byteOffset;
        if (_byteOffsets.Count == 0)
        {
            return offset;
        }

        var index = _byteOffsets.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? offset : offset - _deltas[index];
    }
}
