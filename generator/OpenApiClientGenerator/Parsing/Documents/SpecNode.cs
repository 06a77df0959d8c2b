using System.Collections.Generic;
using System.Text;

namespace OpenApiClientGenerator.Parsing.Documents;

internal enum SpecNodeKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>
/// One node of a JSON or YAML spec with its position in the text, so every problem found later can be
/// reported where the user can click on it. JSON and YAML are read into the same tree.
/// </summary>
internal abstract class SpecNode
{
    protected SpecNode(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public abstract SpecNodeKind Kind { get; }

    /// <summary>Offset of the node's first character in the source text.</summary>
    public int Start { get; }

    /// <summary>Length of the node in characters.</summary>
    public int Length { get; internal set; }

    public SpecNode? Parent { get; private set; }

    /// <summary>The property name (in an object) or index (in an array) that leads from the parent to this node.</summary>
    public string? KeyInParent { get; private set; }

    public string Pointer
    {
        get
        {
            if (Parent is null)
            {
                return "#";
            }

            var segments = new List<string>();
            for (var node = this; node.Parent is not null; node = node.Parent)
            {
                segments.Add(node.KeyInParent!);
            }

            var builder = new StringBuilder("#");
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                builder.Append('/').Append(segments[i].Replace("~", "~0").Replace("/", "~1"));
            }

            return builder.ToString();
        }
    }

    /// <summary>Sets where the node lives; a YAML alias reuses a node, which keeps the place of its anchor.</summary>
    internal void AttachTo(SpecNode parent, string key)
    {
        if (Parent is not null)
        {
            return;
        }

        Parent = parent;
        KeyInParent = key;
    }

    public static string Describe(SpecNodeKind kind) => kind switch
    {
        SpecNodeKind.Object => "an object",
        SpecNodeKind.Array => "an array",
        SpecNodeKind.String => "a string",
        SpecNodeKind.Number => "a number",
        SpecNodeKind.Boolean => "a boolean",
        _ => "null",
    };
}

internal sealed class SpecObject : SpecNode
{
    private readonly Dictionary<string, SpecProperty> _byName = new();
    private readonly List<SpecProperty> _properties = new();

    public SpecObject(int start, int length)
        : base(start, length)
    {
    }

    public override SpecNodeKind Kind => SpecNodeKind.Object;

    /// <summary>Properties in document order (document order decides generated order, so output is stable).</summary>
    public IReadOnlyList<SpecProperty> Properties => _properties;

    public int Count => _properties.Count;

    public SpecNode? this[string name] => _byName.TryGetValue(name, out var property) ? property.Value : null;

    public bool TryGet(string name, out SpecNode value)
    {
        if (_byName.TryGetValue(name, out var property))
        {
            value = property.Value;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Adds a property; returns false when the name was already present (the new value replaces the old one).</summary>
    internal bool Add(SpecProperty property)
    {
        property.Value.AttachTo(this, property.Name);
        if (_byName.TryGetValue(property.Name, out var existing))
        {
            _properties[_properties.IndexOf(existing)] = property;
            _byName[property.Name] = property;
            return false;
        }

        _byName.Add(property.Name, property);
        _properties.Add(property);
        return true;
    }
}

/// <summary>A key and its value; the key keeps its own position for diagnostics about names.</summary>
internal sealed class SpecProperty
{
    public SpecProperty(string name, int keyStart, int keyLength, SpecNode value)
    {
        Name = name;
        KeyStart = keyStart;
        KeyLength = keyLength;
        Value = value;
    }

    public string Name { get; }

    public int KeyStart { get; }

    public int KeyLength { get; }

    public SpecNode Value { get; }
}

internal sealed class SpecArray : SpecNode
{
    private readonly List<SpecNode> _items = new();

    public SpecArray(int start, int length)
        : base(start, length)
    {
    }

    public override SpecNodeKind Kind => SpecNodeKind.Array;

    public IReadOnlyList<SpecNode> Items => _items;

    internal void Add(SpecNode item)
    {
        item.AttachTo(this, _items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _items.Add(item);
    }
}

/// <summary>A string, number, boolean or null. Numbers keep their exact text (defaults and enum values are emitted verbatim).</summary>
internal sealed class SpecScalar : SpecNode
{
    public SpecScalar(SpecNodeKind kind, string text, int start, int length)
        : base(start, length)
    {
        Kind = kind;
        Text = text;
    }

    public override SpecNodeKind Kind { get; }

    public string Text { get; }

    public bool IsTrue => Kind == SpecNodeKind.Boolean && Text == "true";
}
