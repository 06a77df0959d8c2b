using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>Reads JSON text into a <see cref="SpecNode"/> tree with character positions, using <see cref="Utf8JsonReader"/>.</summary>
internal sealed class JsonSpecReader
{
    /// <summary>Deep enough for any real spec, shallow enough that the recursive tree builder cannot exhaust the stack.</summary>
    public const int MaxDepth = 256;

    private readonly byte[] _utf8;
    private readonly Utf8OffsetMap _offsets;
    private readonly TextMap _textMap;
    private readonly string _text;
    private readonly List<(SpecObject Owner, SpecProperty Property)> _duplicateKeys = new();
    private readonly CancellationToken _cancellationToken;

    private JsonSpecReader(string text, TextMap textMap, CancellationToken cancellationToken)
    {
        _text = text;
        _textMap = textMap;
        _cancellationToken = cancellationToken;

        // A byte order mark may survive decoding; JSON does not allow it, so read it as one space (same length in chars).
        _utf8 = Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text);
        _offsets = new Utf8OffsetMap(_utf8);
    }

    /// <summary>Reads the whole text; throws <see cref="SpecReadException"/> on a syntax error.</summary>
    public static SpecNode Read(string text, TextMap textMap, out IReadOnlyList<(SpecObject Owner, SpecProperty Property)> duplicateKeys, CancellationToken cancellationToken)
    {
        var reader = new JsonSpecReader(text, textMap, cancellationToken);
        var root = reader.ReadDocument();
        duplicateKeys = reader._duplicateKeys;
        return root;
    }

    private SpecNode ReadDocument()
    {
        var options = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
        };
        var reader = new Utf8JsonReader(_utf8, options);
        try
        {
            if (!reader.Read())
            {
                throw new SpecReadException("the document is empty", 0);
            }

            var root = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new SpecReadException("unexpected content after the end of the document", CharOffset(reader.TokenStartIndex));
            }

            return root;
        }
        catch (JsonException ex)
        {
            throw new SpecReadException(TrimReaderMessage(ex.Message), OffsetOf(ex));
        }
    }

    private SpecNode ReadValue(ref Utf8JsonReader reader)
    {
        var start = CharOffset(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var obj = new SpecObject(start, 0);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var keyStart = CharOffset(reader.TokenStartIndex);
                    var keyEnd = CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    var name = reader.GetString()!;
                    reader.Read();
                    var property = new SpecProperty(name, keyStart, keyEnd - keyStart, ReadValue(ref reader));
                    if (!obj.Add(property))
                    {
                        _duplicateKeys.Add((obj, property));
                    }
                }

                obj.Length = CharOffset(reader.BytesConsumed) - start;
                return obj;
            }

            case JsonTokenType.StartArray:
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var array = new SpecArray(start, 0);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(ReadValue(ref reader));
                }

                array.Length = CharOffset(reader.BytesConsumed) - start;
                return array;
            }

            case JsonTokenType.String:
                return new SpecScalar(SpecNodeKind.String, reader.GetString()!, start, CharOffset(reader.BytesConsumed) - start);

            case JsonTokenType.Number:
                return new SpecScalar(SpecNodeKind.Number, Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), start, CharOffset(reader.BytesConsumed) - start);

            case JsonTokenType.True:
                return new SpecScalar(SpecNodeKind.Boolean, "true", start, 4);

            case JsonTokenType.False:
                return new SpecScalar(SpecNodeKind.Boolean, "false", start, 5);

            default:
                return new SpecScalar(SpecNodeKind.Null, "null", start, 4);
        }
    }

    private int CharOffset(long byteOffset) => _offsets.ToCharOffset(byteOffset);

    /// <summary>Finds where <see cref="Utf8JsonReader"/> stopped, from the line and byte-in-line it reports.</summary>
    private int OffsetOf(JsonException ex)
    {
        if (ex.LineNumber is not { } line || ex.BytePositionInLine is not { } bytesInLine)
        {
            return _text.Length;
        }

        // Walk to the start of the reported line in chars, then advance through its chars until the byte count is reached.
        var offset = 0;
        for (var current = 0L; current < line && offset < _text.Length; offset++)
        {
            if (_text[offset] == '\n')
            {
                current++;
            }
        }

        for (var bytes = 0L; bytes < bytesInLine && offset < _text.Length; offset++)
        {
            bytes += Encoding.UTF8.GetByteCount(_text.Substring(offset, char.IsHighSurrogate(_text[offset]) && offset + 1 < _text.Length ? 2 : 1));
            if (char.IsHighSurrogate(_text[offset]))
            {
                offset++;
            }
        }

        return Math.Min(offset, _textMap.Length);
    }

    /// <summary>The reader appends "LineNumber: n | BytePositionInLine: m." which the diagnostic location already shows.</summary>
    private static string TrimReaderMessage(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var trimmed = index > 0 ? message.Substring(0, index) : message;
        return trimmed.TrimEnd(' ', '.');
    }
}
