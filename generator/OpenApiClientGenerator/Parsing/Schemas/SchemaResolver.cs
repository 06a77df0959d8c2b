using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>
/// Resolves schemas to <see cref="SchemaRef"/>s: follows <c>$ref</c>s, caches each schema node once (a schema met twice is
/// one type), stops cycles, and hands objects, unions and enums to their readers. Collects every schema that becomes a
/// type, with where its name comes from (<see cref="NameHint"/>) and what it is defined in (<see cref="SchemaOwner"/>);
/// naming itself is the naming pass's job.
/// </summary>
internal sealed class SchemaResolver
{
    private readonly ParseContext _context;
    private readonly Dictionary<SpecNode, ResolvedSchema> _resolved = new();
    private readonly HashSet<SpecNode> _resolving = new();
    private readonly Dictionary<string, SchemaSpec> _schemas = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();
    private readonly HashSet<string> _ordered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _bases = new(StringComparer.Ordinal);
    private readonly ObjectSchemaReader _objects;
    private readonly UnionSchemaReader _unions;
    private readonly EnumSchemaReader _enums;

    public SchemaResolver(ParseContext context, ReferenceResolver references)
    {
        _context = context;
        References = references;
        _objects = new ObjectSchemaReader(context, this);
        _unions = new UnionSchemaReader(context, this);
        _enums = new EnumSchemaReader(context, this);
    }

    public ReferenceResolver References { get; }

    /// <summary>The schemas that become types, in the order they were first met (component schemas first, in document order).</summary>
    public IEnumerable<SchemaSpec> Schemas => _order.Where(_schemas.ContainsKey).Select(id => _schemas[id]);

    /// <summary>Claims the names of the component schemas that become types up front, in document order.</summary>
    public void RegisterComponents(SpecObject? schemas)
    {
        foreach (var property in schemas?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (property.Value is SpecObject schema && ReferenceResolver.GetReference(schema) is null
                && (SchemaKeywords.IsObjectLike(schema) || SchemaKeywords.IsEnum(schema) || SchemaKeywords.IsUnion(schema)))
            {
                var id = IdOf(schema);
                if (_ordered.Add(id))
                {
                    _order.Add(id);
                }
            }
        }
    }

    /// <summary>Reads every component schema, used or not: users expect every schema of their spec as a type.</summary>
    public void ReadComponents(SpecObject? schemas)
    {
        foreach (var property in schemas?.Properties ?? Array.Empty<SpecProperty>())
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            Resolve(property.Value, NameHint.Given(property.Name));
        }
    }

    public ResolvedSchema Resolve(SpecNode? node, NameHint hint)
    {
        if (node is null || node.Kind == SpecNodeKind.Null)
        {
            return ResolvedSchema.Any();
        }

        if (node is not SpecObject schema)
        {
            // OpenAPI 3.1 allows the boolean schemas true (anything) and false (nothing).
            if (node.Kind != SpecNodeKind.Boolean)
            {
                _context.Report(DiagnosticDescriptors.UnexpectedNodeType, node, node.Pointer, "a schema object", SpecNode.Describe(node.Kind));
            }

            return ResolvedSchema.Any();
        }

        if (_resolved.TryGetValue(schema, out var cached))
        {
            return cached;
        }

        if (!_resolving.Add(schema))
        {
            // The same $ref node can be met again while it resolves: an allOf that includes a schema copies its properties.
            // When the reference leads to a type already known, that is the answer; only a chain of references that never
            // reaches a definition is a real cycle.
            if (ReferenceResolver.GetReference(schema) is { } reference && References.ResolveOnce(reference) is { } target && _resolved.TryGetValue(target, out var known))
            {
                return known;
            }

            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema, schema.Pointer, "this schema refers to itself without ever defining a type; it is typed as JsonElement");
            return ResolvedSchema.Any();
        }

        try
        {
            var resolved = ResolveUncached(schema, hint);
            _resolved[schema] = resolved;
            return resolved;
        }
        finally
        {
            _resolving.Remove(schema);
        }
    }

    /// <summary>
    /// Starts a type for <paramref name="schema"/>: records the reference to it before its parts are read, so a part that
    /// refers back to it finds it, and claims its place in the naming order. Returns the reference.
    /// </summary>
    public SchemaRef Begin(SpecObject schema)
    {
        var id = IdOf(schema);
        var reference = SchemaRef.Schema(id);
        _resolved[schema] = new ResolvedSchema(reference, IsNullable(schema), Describe(schema));
        if (_ordered.Add(id))
        {
            _order.Add(id);
        }

        return reference;
    }

    /// <summary>Records which schema <paramref name="id"/> extends (known before its base is read, so circles are seen).</summary>
    public void SetBase(string id, string? baseId) => _bases[id] = baseId;

    /// <summary>Whether <paramref name="id"/> is <paramref name="ancestorId"/> or extends it, as far as the bases are known.</summary>
    public bool Extends(string id, string ancestorId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = id; current is not null && seen.Add(current); current = _bases.TryGetValue(current, out var next) ? next : null)
        {
            if (current == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finished type by id, or null.</summary>
    public SchemaSpec? Find(string id) => _schemas.TryGetValue(id, out var schema) ? schema : null;

    /// <summary>Adds a finished type.</summary>
    public void Add(SchemaSpec schema) => _schemas[schema.Id] = schema;

    private ResolvedSchema ResolveUncached(SpecObject schema, NameHint hint)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        var description = Describe(schema);

        if (ReferenceResolver.GetReference(schema) is { } reference)
        {
            var target = References.ResolveOnce(reference);
            if (target is null)
            {
                return ResolvedSchema.Any(description);
            }

            var resolvedTarget = Resolve(target, HintFor(target, hint));
            return resolvedTarget with { IsNullable = resolvedTarget.IsNullable || IsNullable(schema), Description = description ?? resolvedTarget.Description };
        }

        var nullable = IsNullable(schema);
        var type = ReadTypeName(schema);
        hint = HintFor(schema, hint);

        if (_context.GetArray(schema, "allOf") is { } allOf && allOf.Items.Count > 0)
        {
            // allOf: [ $ref, { description } ] only annotates the reference: it is that type, not a new one.
            var parts = allOf.Items.Where(item => !SchemaKeywords.IsAnnotationOnly(item)).ToList();
            if (parts.Count == 1 && schema["properties"] is null && !IsSubtype(schema, parts[0]))
            {
                var inner = Resolve(parts[0], hint);
                var annotation = allOf.Items.Where(SchemaKeywords.IsAnnotationOnly).OfType<SpecObject>().Select(Describe).FirstOrDefault(text => text is not null);
                return inner with { IsNullable = inner.IsNullable || nullable || allOf.Items.Any(SchemaKeywords.IsNullSchema), Description = description ?? annotation ?? inner.Description };
            }

            return new ResolvedSchema(_objects.Read(schema, hint), nullable, description);
        }

        if ((_context.GetArray(schema, "oneOf") ?? _context.GetArray(schema, "anyOf")) is { } alternatives && schema["properties"] is null)
        {
            var nonNull = alternatives.Items.Where(item => !SchemaKeywords.IsNullSchema(item)).ToList();
            var allowsNull = nullable || nonNull.Count != alternatives.Items.Count;
            if (nonNull.Count == 1)
            {
                // A single alternative plus null is the 3.1 way of writing a nullable reference.
                var single = Resolve(nonNull[0], hint);
                return single with { IsNullable = single.IsNullable || allowsNull, Description = description ?? single.Description };
            }

            if (nonNull.Count == 0)
            {
                return new ResolvedSchema(SchemaRef.Any, true, description);
            }

            return new ResolvedSchema(_unions.Read(schema, hint, nonNull), allowsNull, description);
        }

        // An enum of dates, times or bytes is typed by its format (its values are examples of it, not names).
        // A number enum is one of doubles; a float or decimal format keeps its own type (a double cannot hold a decimal's digits).
        if (SchemaKeywords.IsEnum(schema) && (type is "string" or "integer" or "number" or null)
            && (type != "string" || SchemaFormats.OfString(_context.GetString(schema, "format")) == PrimitiveType.String)
            && (type != "number" || SchemaFormats.OfNumber(_context.GetString(schema, "format")) == PrimitiveType.Double))
        {
            // x-ms-enum names the type (AutoRest), wherever it is defined.
            if (_context.GetObject(schema, "x-ms-enum") is { } msEnum && msEnum["name"] is SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } enumName && hint.Source != NameSource.Component)
            {
                hint = NameHint.Given(enumName.Text);
            }

            return new ResolvedSchema(_enums.Read(schema, hint, type), nullable || SchemaKeywords.EnumAllowsNull(schema), description);
        }

        switch (type)
        {
            case "object":
            case null when SchemaKeywords.IsObjectLike(schema):
                return new ResolvedSchema(SchemaKeywords.IsObjectLike(schema) ? _objects.Read(schema, hint) : ReadMap(schema, hint), nullable, description);
            case "array":
                var items = schema["items"] is { } itemsNode ? Resolve(itemsNode, hint.Append("Item")).Type : SchemaRef.Any;
                return new ResolvedSchema(SchemaRef.ArrayOf(items), nullable, description);
            case "string":
                return new ResolvedSchema(SchemaRef.Of(SchemaFormats.OfString(_context.GetString(schema, "format"))), nullable, description);
            case "integer":
                return new ResolvedSchema(SchemaRef.Of(SchemaFormats.OfInteger(_context.GetString(schema, "format"))), nullable, description);
            case "number":
                return new ResolvedSchema(SchemaRef.Of(SchemaFormats.OfNumber(_context.GetString(schema, "format"))), nullable, description);
            case "boolean":
                return new ResolvedSchema(SchemaRef.Of(PrimitiveType.Boolean), nullable, description);
            case "file":
                // Swagger 2.0's file type means raw content; the operation reader handles it in bodies. Inside JSON it
                // cannot be a stream, so it is kept as whatever JSON arrives.
                return ResolvedSchema.Any(description);
            case null:
                return ResolvedSchema.Any(description);
            case "null":
                // OpenAPI 3.1 (JSON Schema): a value that can only be null.
                return ResolvedSchema.Any(description) with { IsNullable = true };
            default:
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema["type"] ?? schema, (schema["type"] ?? schema).Pointer, $"the schema type '{type}' is unknown; the value is typed as JsonElement");
                return ResolvedSchema.Any(description);
        }
    }

    /// <summary>
    /// Whether <c>allOf: [$ref Base]</c> alone is a type of its own extending Base rather than another name for it: it
    /// declares its discriminator value, or it is a named schema in a hierarchy that has a discriminator.
    /// </summary>
    private bool IsSubtype(SpecObject schema, SpecNode part)
    {
        if (ReferenceResolver.GetReference(part) is null)
        {
            return false;
        }

        if (schema["x-ms-discriminator-value"] is not null)
        {
            return true;
        }

        if (!DocumentLayout.IsNamedSchema(schema))
        {
            return false;
        }

        var current = References.Dereference(part, "its properties are left out of the schemas that include it") as SpecObject;
        for (var depth = 0; current is not null && depth < 64; depth++)
        {
            if (current["discriminator"] is not null)
            {
                return true;
            }

            var next = (current["allOf"] as SpecArray)?.Items.FirstOrDefault(item => ReferenceResolver.GetReference(item) is not null);
            current = next is null ? null : References.Dereference(next, "its properties are left out of the schemas that include it") as SpecObject;
        }

        return false;
    }

    /// <summary>No declared properties: a dictionary (additionalProperties) or a free-form object.</summary>
    private SchemaRef ReadMap(SpecObject schema, NameHint hint)
        => SchemaRef.MapOf(schema["additionalProperties"] is SpecObject valueSchema ? Resolve(valueSchema, hint.Append("Value")).Type : SchemaRef.Any);

    /// <summary>
    /// The id of a schema: its JSON pointer, prefixed with its file's name when it is in another document of the project
    /// (two documents may both have #/components/schemas/Error).
    /// </summary>
    public string IdOf(SpecNode schema)
    {
        var document = _context.Documents.Of(schema);
        return document == _context.Document ? schema.Pointer : System.IO.Path.GetFileName(document.Path) + schema.Pointer;
    }

    /// <summary>
    /// The component schema or path a schema's definition sits in: inline types live with their component, an operation's
    /// inline types with the first segment of its path.
    /// </summary>
    public SchemaOwner OwnerOf(SpecNode schema)
    {
        for (var node = schema; node is not null; node = node.Parent)
        {
            if (DocumentLayout.IsNamedSchema(node))
            {
                return new SchemaOwner(IdOf(node), null);
            }

            if (node.Parent is { KeyInParent: "paths", Parent.Parent: null } && node.KeyInParent is { } path)
            {
                return new SchemaOwner(null, PathTemplate.Segments(path).FirstOrDefault() ?? string.Empty);
            }
        }

        return SchemaOwner.None;
    }

    /// <summary>
    /// Where a schema's name comes from: a component's key (named first); a key or file name in another document; otherwise
    /// its place (the <paramref name="fallback"/> the caller passes down).
    /// </summary>
    private NameHint HintFor(SpecNode target, NameHint fallback)
    {
        var document = _context.Documents.Of(target);
        if (DocumentLayout.IsNamedSchema(target) && document == _context.Document)
        {
            var key = ((SpecObject)target.Parent!).Properties.First(property => property.Value == target);
            return NameHint.Component(key.Name, new NameOrigin(key.Name, target.Pointer, document.LocationOfKey(key)));
        }

        if (DocumentLayout.IsNamedSchema(target) || (target.Parent is { Parent: null } root && root != _context.Document.Root))
        {
            return NameHint.Given(target.KeyInParent!, new NameOrigin(target.KeyInParent!, target.Pointer, document.LocationOf(target)));
        }

        if (target.Parent is null && target != _context.Document.Root)
        {
            var fileName = System.IO.Path.GetFileName(document.Path);
            return NameHint.Given(fileName.Split('.')[0], new NameOrigin(fileName, target.Pointer, document.LocationOf(target)));
        }

        return fallback;
    }

    private string? ReadTypeName(SpecObject schema)
    {
        var node = schema["type"];
        if (node is SpecScalar { Kind: SpecNodeKind.String } scalar)
        {
            return scalar.Text;
        }

        if (node is SpecArray array)
        {
            // OpenAPI 3.1: ["string", "null"] is a nullable string.
            var types = array.Items.OfType<SpecScalar>().Select(item => item.Text).Where(text => text != "null").Distinct().ToList();
            if (types.Count == 1)
            {
                return types[0];
            }

            if (types.Count > 1)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, array, array.Pointer, "a schema with several types is typed as JsonElement");
            }

            return null;
        }

        if (node is not null)
        {
            _context.Report(DiagnosticDescriptors.UnexpectedNodeType, node, node.Pointer, "a string or an array of strings", SpecNode.Describe(node.Kind));
        }

        return null;
    }

    public bool IsNullable(SpecObject schema)
        => Flag(schema, "nullable") || Flag(schema, "x-nullable")
           || (schema["type"] is SpecArray types && types.Items.Any(item => item is SpecScalar { Text: "null" }));

    public bool Flag(SpecObject schema, string name) => schema[name] is not null && _context.GetBoolean(schema, name);

    public string? Describe(SpecObject schema)
        => schema["description"] is not null ? _context.GetString(schema, "description") : schema["title"] is not null ? _context.GetString(schema, "title") : null;
}
