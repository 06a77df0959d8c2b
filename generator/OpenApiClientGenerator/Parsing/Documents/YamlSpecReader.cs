using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>
/// Reads YAML text into the same <see cref="SpecNode"/> tree as JSON, with character positions from YamlDotNet's marks.
/// Plain scalars are typed by the YAML 1.2 core schema (null, booleans, numbers; everything else is a string);
/// aliases share the anchored node.
/// </summary>
internal sealed class YamlSpecReader
{
    private static readonly Regex Integer = new("^[-+]?([0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$", RegexOptions.CultureInvariant);

    private readonly Parser _parser;
    private readonly Dictionary<string, SpecNode> _anchors = new();
    private readonly List<(SpecObject Owner, SpecProperty Property)> _duplicateKeys = new();
    private readonly CancellationToken _cancellationToken;
    private int _depth;

    private YamlSpecReader(string text, CancellationToken cancellationToken)
    {
        _parser = new Parser(new StringReader(text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text));
        _cancellationToken = cancellationToken;
    }

    /// <summary>Reads the first document of the text; throws <see cref="SpecReadException"/> on a syntax error.</summary>
    public static SpecNode Read(string text, out IReadOnlyList<(SpecObject Owner, SpecProperty Property)> duplicateKeys, CancellationToken cancellationToken)
    {
        var reader = new YamlSpecReader(text, cancellationToken);
        try
        {
            var root = reader.ReadDocument();
            duplicateKeys = reader._duplicateKeys;
            return root;
        }
        catch (YamlException ex)
        {
            throw new SpecReadException(Trim(ex.Message), (int)ex.Start.Index);
        }
        catch (System.InvalidOperationException)
        {
            // YamlDotNet reports some malformed input (an unclosed flow collection) this way; locate it at the last event read.
            throw new SpecReadException("the structure breaks off near here (often an unclosed [ or {)", (int)(reader._parser.Current?.Start.Index ?? text.Length));
        }
    }

    private SpecNode ReadDocument()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _))
        {
            throw new SpecReadException("the document is empty", 0);
        }

        return ReadNode();
    }

    private SpecNode ReadNode()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            return Remember(scalar.Anchor, ToScalar(scalar));
        }

        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            return _anchors.TryGetValue(alias.Value.Value, out var anchored)
                ? anchored
                : throw new SpecReadException($"the alias *{alias.Value.Value} has no anchor", (int)alias.Start.Index);
        }

        if (++_depth > JsonSpecReader.MaxDepth)
        {
            throw new SpecReadException($"the document nests deeper than {JsonSpecReader.MaxDepth} levels", (int)_parser.Current!.Start.Index);
        }

        try
        {
            if (_parser.TryConsume<MappingStart>(out var mappingStart))
            {
                var obj = new SpecObject((int)mappingStart.Start.Index, 0);
                Remember(mappingStart.Anchor, obj);
                MappingEnd? mappingEnd;
                while (!_parser.TryConsume<MappingEnd>(out mappingEnd))
                {
                    if (!_parser.TryConsume<Scalar>(out var key))
                    {
                        throw new SpecReadException("only plain keys are supported in a spec", (int)_parser.Current!.Start.Index);
                    }

                    var keyStart = (int)key.Start.Index;
                    var property = new SpecProperty(key.Value, keyStart, (int)key.End.Index - keyStart, ReadNode());
                    if (!obj.Add(property))
                    {
                        _duplicateKeys.Add((obj, property));
                    }
                }

                obj.Length = (int)mappingEnd!.End.Index - obj.Start;
                return obj;
            }

            var sequenceStart = _parser.Consume<SequenceStart>();
            var array = new SpecArray((int)sequenceStart.Start.Index, 0);
            Remember(sequenceStart.Anchor, array);
            SequenceEnd? sequenceEnd;
            while (!_parser.TryConsume<SequenceEnd>(out sequenceEnd))
            {
                array.Add(ReadNode());
            }

            array.Length = (int)sequenceEnd!.End.Index - array.Start;
            return array;
        }
        finally
        {
            _depth--;
        }
    }

    private SpecNode Remember(AnchorName anchor, SpecNode node)
    {
        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = node;
        }

        return node;
    }

    private static SpecScalar ToScalar(Scalar scalar)
    {
        var start = (int)scalar.Start.Index;
        var length = (int)scalar.End.Index - start;
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
        {
            return new SpecScalar(SpecNodeKind.String, text, start, length);
        }

        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return new SpecScalar(SpecNodeKind.Null, "null", start, length);
            case "true" or "True" or "TRUE":
                return new SpecScalar(SpecNodeKind.Boolean, "true", start, length);
            case "false" or "False" or "FALSE":
                return new SpecScalar(SpecNodeKind.Boolean, "false", start, length);
        }

        return Integer.IsMatch(text) || Float.IsMatch(text)
            ? new SpecScalar(SpecNodeKind.Number, text, start, length)
            : new SpecScalar(SpecNodeKind.String, text, start, length);
    }

    /// <summary>YamlDotNet prefixes its messages with "(Line: n, Col: m, Idx: i) - (…): "; the location already says that.</summary>
    private static string Trim(string message)
    {
        var index = message.LastIndexOf("): ", System.StringComparison.Ordinal);
        return (index >= 0 ? message.Substring(index + 3) : message).TrimEnd('.');
    }
}
