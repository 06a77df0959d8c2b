using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Naming;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Resolves schemas to <see cref="TypeRef"/>s and collects the types to generate. Component schemas get their names first
/// (in document order), so a name never depends on which operation happened to mention a schema first.
/// </summary>
internal sealed class SchemaReader
{
    /// <summary>Members every record already has; a property with one of these names would not compile.</summary>
    private static readonly string[] RecordMemberNames = { "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "MemberwiseClone", "Finalize" };

    private readonly ParseContext _context;
    private readonly ReferenceResolver _references;
    private readonly NameScope _typeNames;
    private readonly Dictionary<SpecNode, string> _componentNames = new();
    private readonly Dictionary<SpecNode, ResolvedType> _resolved = new();
    private readonly HashSet<SpecNode> _resolving = new();
    private readonly List<TypeModel> _types = new();

    public SchemaReader(ParseContext context, ReferenceResolver references, NameScope typeNames)
    {
        _context = context;
        _references = references;
        _typeNames = typeNames;
    }

    public IReadOnlyList<TypeModel> Types => _types;

    /// <summary>Names every object-like component schema up front, in document order.</summary>
    public void RegisterComponents(SpecObject? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        foreach (var property in schemas.Properties)
        {
            if (property.Value is SpecObject schema && ReferenceResolver.GetReference(schema) is null && (IsObjectLike(schema) || IsEnum(schema) || IsUnion(schema)))
            {
                _componentNames[schema] = TakeTypeName(Identifiers.ToPascalCase(property.Name, "Model"), property);
            }
        }
    }

    /// <summary>Generates every component schema, used or not: users expect every schema of their spec as a type.</summary>
    public void ReadComponents(SpecObject? schemas)
    {
        if (schemas is null)
        {
            return;
        }

        foreach (var property in schemas.Properties)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            Resolve(property.Value, Identifiers.ToPascalCase(property.Name, "Model"));
        }
    }

    public ResolvedType Resolve(SpecNode? node, string nameHint)
    {
        if (node is null || node.Kind == SpecNodeKind.Null)
        {
            return ResolvedType.Any();
        }

        if (node is not SpecObject schema)
        {
            // OpenAPI 3.1 allows the boolean schemas true (anything) and false (nothing).
            if (node.Kind != SpecNodeKind.Boolean)
            {
                _context.Report(DiagnosticDescriptors.UnexpectedNodeType, node, node.Pointer, "a schema object", SpecNode.Describe(node.Kind));
            }

            return ResolvedType.Any();
        }

        if (_resolved.TryGetValue(schema, out var cached))
        {
            return cached;
        }

        if (!_resolving.Add(schema))
        {
            // The same $ref node can be met again while it resolves: an allOf that includes a schema copies its properties.
            // When the reference leads to a type already named, that is the answer; only a chain of references that never
            // reaches a definition is a real cycle.
            if (ReferenceResolver.GetReference(schema) is { } reference && _references.ResolveOnce(reference) is { } target && _resolved.TryGetValue(target, out var named))
            {
                return named;
            }

            // Only reference-only chains get here (named objects are cached before their properties are read).
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema, schema.Pointer, "this schema refers to itself without ever defining a type; it is typed as JsonElement");
            return ResolvedType.Any();
        }

        try
        {
            var resolved = ResolveUncached(schema, nameHint);
            _resolved[schema] = resolved;
            return resolved;
        }
        finally
        {
            _resolving.Remove(schema);
        }
    }

    private ResolvedType ResolveUncached(SpecObject schema, string nameHint)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        var description = Describe(schema);

        if (ReferenceResolver.GetReference(schema) is { } reference)
        {
            var target = _references.ResolveOnce(reference);
            if (target is null)
            {
                return ResolvedType.Any(description);
            }

            var resolvedTarget = Resolve(target, HintFor(target, nameHint));
            return resolvedTarget with { IsNullable = resolvedTarget.IsNullable || IsNullable(schema), Description = description ?? resolvedTarget.Description };
        }

        var nullable = IsNullable(schema);
        var type = ReadTypeName(schema);

        if (_context.GetArray(schema, "allOf") is { } allOf && allOf.Items.Count > 0)
        {
            // allOf: [ $ref, { description } ] only annotates the reference: it is that type, not a new one.
            var parts = allOf.Items.Where(item => !IsAnnotationOnly(item)).ToList();
            if (parts.Count == 1 && schema["properties"] is null)
            {
                var inner = Resolve(parts[0], nameHint);
                var annotation = allOf.Items.Where(IsAnnotationOnly).OfType<SpecObject>().Select(Describe).FirstOrDefault(text => text is not null);
                return inner with { IsNullable = inner.IsNullable || nullable || allOf.Items.Any(IsNullSchema), Description = description ?? annotation ?? inner.Description };
            }

            return new ResolvedType(ReadObject(schema, nameHint), nullable, description);
        }

        if ((_context.GetArray(schema, "oneOf") ?? _context.GetArray(schema, "anyOf")) is { } alternatives && schema["properties"] is null)
        {
            var nonNull = alternatives.Items.Where(item => !IsNullSchema(item)).ToList();
            var allowsNull = nullable || nonNull.Count != alternatives.Items.Count;
            if (nonNull.Count == 1)
            {
                // A single alternative plus null is the 3.1 way of writing a nullable reference.
                var single = Resolve(nonNull[0], nameHint);
                return single with { IsNullable = single.IsNullable || allowsNull, Description = description ?? single.Description };
            }

            if (nonNull.Count == 0)
            {
                return new ResolvedType(TypeRef.Any, true, description);
            }

            return new ResolvedType(ReadUnion(schema, nameHint, nonNull), allowsNull, description);
        }

        if (IsEnum(schema) && (type is "string" or "integer" or null))
        {
            return new ResolvedType(ReadEnum(schema, nameHint, type), nullable || EnumAllowsNull(schema), description);
        }

        switch (type)
        {
            case "object":
            case null when IsObjectLike(schema):
                return new ResolvedType(ReadObjectOrMap(schema, nameHint), nullable, description);
            case "array":
                var items = schema["items"] is { } itemsNode ? Resolve(itemsNode, nameHint + "Item").Type : TypeRef.Any;
                return new ResolvedType(TypeRef.ArrayOf(items), nullable, description);
            case "string":
                return new ResolvedType(TypeRef.Of(StringFormat(_context.GetString(schema, "format"))), nullable, description);
            case "integer":
                return new ResolvedType(TypeRef.Of(_context.GetString(schema, "format") == "int32" ? PrimitiveType.Int32 : PrimitiveType.Int64), nullable, description);
            case "number":
                return new ResolvedType(TypeRef.Of(NumberFormat(_context.GetString(schema, "format"))), nullable, description);
            case "boolean":
                return new ResolvedType(TypeRef.Of(PrimitiveType.Boolean), nullable, description);
            case "file":
                // Swagger 2.0's file type means raw content; the operation reader handles it in bodies. Inside JSON it
                // cannot be a stream, so it is kept as whatever JSON arrives.
                return ResolvedType.Any(description);
            case null:
                return ResolvedType.Any(description);
            case "null":
                // OpenAPI 3.1 (JSON Schema): a value that can only be null.
                return ResolvedType.Any(description) with { IsNullable = true };
            default:
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, schema["type"] ?? schema, (schema["type"] ?? schema).Pointer, $"the schema type '{type}' is unknown; the value is typed as JsonElement");
                return ResolvedType.Any(description);
        }
    }

    private TypeRef ReadObjectOrMap(SpecObject schema, string nameHint)
    {
        if (!IsObjectLike(schema))
        {
            // No declared properties: a dictionary (additionalProperties) or a free-form object.
            var additional = schema["additionalProperties"];
            var valueType = additional is SpecObject valueSchema ? Resolve(valueSchema, nameHint + "Value").Type : TypeRef.Any;
            return TypeRef.MapOf(valueType);
        }

        return ReadObject(schema, nameHint);
    }

    private TypeRef ReadObject(SpecObject schema, string nameHint)
    {
        var name = NameFor(schema, nameHint);
        var typeRef = TypeRef.Named(name, isValueType: false);

        // Cache before reading properties, so a property that refers back to this schema finds the name.
        _resolved[schema] = new ResolvedType(typeRef, IsNullable(schema), Describe(schema));

        var members = new NameScope(StringComparer.Ordinal, RecordMemberNames);
        members.Reserve(name);
        var properties = new List<PropertyModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in ObjectParts(schema))
        {
            var required = new HashSet<string>(StringComparer.Ordinal);
            if (_context.GetArray(part, "required") is { } requiredArray)
            {
                foreach (var item in requiredArray.Items)
                {
                    if (item is SpecScalar { Kind: SpecNodeKind.String } requiredName)
                    {
                        required.Add(requiredName.Text);
                    }
                }
            }

            if (_context.GetObject(part, "properties") is not { } propertiesNode)
            {
                continue;
            }

            foreach (var property in propertiesNode.Properties)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (!seen.Add(property.Name))
                {
                    continue;
                }

                var pascal = Identifiers.ToPascalCase(property.Name);
                var propertyName = members.Take(pascal == name ? pascal + "Value" : pascal);
                var resolved = Resolve(property.Value, name + Identifiers.ToPascalCase(property.Name));
                var propertySchema = property.Value as SpecObject;
                properties.Add(new PropertyModel(
                    propertyName,
                    property.Name,
                    resolved.Type,
                    required.Contains(property.Name),
                    resolved.IsNullable,
                    resolved.Description,
                    propertySchema is not null && Flag(propertySchema, "deprecated"),
                    propertySchema is not null && Flag(propertySchema, "readOnly"),
                    propertySchema is not null && Flag(propertySchema, "writeOnly"),
                    propertySchema?["default"] is SpecScalar { Kind: not SpecNodeKind.Null } defaultValue ? defaultValue.Text : null));
            }
        }

        // additionalProperties next to declared properties: the others are kept in a dictionary, not dropped.
        PropertyModel? additional = null;
        foreach (var part in ObjectParts(schema))
        {
            var valueType = part["additionalProperties"] switch
            {
                SpecObject valueSchema => Resolve(valueSchema, name + "AdditionalValue").Type,
                SpecScalar { IsTrue: true } => TypeRef.Any,
                _ => null,
            };
            if (valueType is not null && properties.Count > 0)
            {
                additional = new PropertyModel(members.Take("AdditionalProperties"), string.Empty, TypeRef.MapOf(valueType), false, false, null, false, false, false);
                break;
            }
        }

        if (_context.GetObject(schema, "discriminator") is { } discriminator && schema["oneOf"] is null && schema["anyOf"] is null)
        {
            _context.Report(DiagnosticDescriptors.UnsupportedConstruct, discriminator, discriminator.Pointer,
                $"a discriminator without oneOf/anyOf is not used: schemas that extend {name} through allOf are read as {name} and their own properties are skipped; list them under oneOf to read them by their discriminator");
        }

        _types.Add(new ObjectModel(name, Describe(schema), Flag(schema, "deprecated"), schema.Pointer, properties.ToEquatableArray(), additional) { File = FileFor(schema, name) });
        return typeRef;
    }

    private TypeRef ReadUnion(SpecObject schema, string nameHint, List<SpecNode> alternatives)
    {
        alternatives = Flatten(alternatives, new HashSet<SpecNode> { schema });
        var name = NameFor(schema, nameHint);
        var typeRef = TypeRef.Named(name, isValueType: false);
        _resolved[schema] = new ResolvedType(typeRef, IsNullable(schema), Describe(schema));

        var discriminator = _context.GetObject(schema, "discriminator");
        var discriminatorProperty = discriminator is null ? null : _context.GetString(discriminator, "propertyName");
        var mapping = discriminator is null ? null : _context.GetObject(discriminator, "mapping");

        var members = new NameScope(StringComparer.Ordinal, RecordMemberNames.Concat(new[] { "Unknown", name }));
        var variants = new List<UnionVariantModel>();
        var seenTypes = new HashSet<TypeRef>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var alternative = alternatives[i];
            var target = ReferenceResolver.GetReference(alternative) is { } reference ? _references.ResolveOnce(reference) : alternative;
            var title = alternative is SpecObject { } titled && titled["title"] is SpecScalar { Kind: SpecNodeKind.String } titleNode ? titleNode.Text : null;
            var hint = title is { Length: > 0 } ? Identifiers.ToPascalCase(title) : name + "Option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var type = Resolve(alternative, hint).Type;
            if (!seenTypes.Add(type))
            {
                continue;
            }

            var values = new List<string>();
            if (discriminatorProperty is not null)
            {
                if (mapping is not null)
                {
                    foreach (var entry in mapping.Properties)
                    {
                        if (entry.Value is SpecScalar { Kind: SpecNodeKind.String } mapped && MapsTo(mapped.Text, target, alternative))
                        {
                            values.Add(entry.Name);
                        }
                    }
                }

                // Without an explicit mapping, a referenced schema is selected by its name.
                if (values.Count == 0 && target is not null && DocumentLayout.IsNamedSchema(target))
                {
                    values.Add(target.KeyInParent!);
                }
            }

            variants.Add(new UnionVariantModel(members.Take(VariantName(type)), type, values.ToEquatableArray()));
        }

        _types.Add(new UnionModel(name, Describe(schema), Flag(schema, "deprecated"), schema.Pointer, discriminatorProperty, variants.ToEquatableArray()) { File = FileFor(schema, name) });
        return typeRef;
    }

    /// <summary>
    /// A oneOf inside a oneOf (without its own discriminator or properties) offers its alternatives to the outer one, so
    /// every leaf alternative takes part in choosing.
    /// </summary>
    private List<SpecNode> Flatten(List<SpecNode> alternatives, HashSet<SpecNode> visited)
    {
        var result = new List<SpecNode>();
        foreach (var alternative in alternatives)
        {
            if (_references.Dereference(alternative) is SpecObject inner && IsUnion(inner) && inner["discriminator"] is null && visited.Add(inner))
            {
                var nested = ((inner["oneOf"] ?? inner["anyOf"]) as SpecArray)!.Items.Where(item => !IsNullSchema(item)).ToList();
                result.AddRange(Flatten(nested, visited));
            }
            else
            {
                result.Add(alternative);
            }
        }

        return result;
    }

    /// <summary>A mapping value is a $ref ("#/components/schemas/Cat") or a bare schema name ("Cat").</summary>
    private static bool MapsTo(string mapped, SpecNode? target, SpecNode alternative)
    {
        if (target is null)
        {
            return false;
        }

        if (mapped.StartsWith("#", StringComparison.Ordinal) || mapped.Contains("/"))
        {
            return ReferenceResolver.GetReference(alternative) is { } reference && reference.Text == mapped;
        }

        return target.KeyInParent == mapped && DocumentLayout.IsNamedSchema(target);
    }

    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Named => type.Name!,
        TypeRefKind.Primitive => type.Primitive.ToString(),
        TypeRefKind.Array => VariantName(type.Element!) + "List",
        TypeRefKind.Map => VariantName(type.Element!) + "Map",
        _ => "Json",
    };

    private TypeRef ReadEnum(SpecObject schema, string nameHint, string? type)
    {
        var values = EnumValues(schema).Where(value => value.Kind != SpecNodeKind.Null).ToList();
        var isInteger = type == "integer" || (type is null && values.Count > 0 && values.All(value => value.Kind == SpecNodeKind.Number));
        var name = NameFor(schema, nameHint);
        var typeRef = TypeRef.Named(name, isValueType: true);
        _resolved[schema] = new ResolvedType(typeRef, IsNullable(schema), Describe(schema));

        // x-enum-varnames (or x-enumNames) name the values when the spec author gave names.
        var givenNames = (_context.GetArray(schema, "x-enum-varnames") ?? _context.GetArray(schema, "x-enumNames"))?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList();
        var givenDescriptions = _context.GetArray(schema, "x-enum-descriptions")?.Items.OfType<SpecScalar>().Select(item => item.Text).ToList();
        var members = new NameScope(StringComparer.Ordinal, new[] { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", name });
        var result = new List<EnumMemberModel>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (isInteger && !long.TryParse(value.Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                _context.Report(DiagnosticDescriptors.UnexpectedNodeType, value, value.Pointer, "an integer enum value", $"'{value.Text}'");
                continue;
            }

            if (!seen.Add(value.Text))
            {
                continue;
            }

            var wanted = givenNames is not null && i < givenNames.Count && givenNames[i].Length > 0
                ? Identifiers.ToPascalCase(givenNames[i])
                : isInteger ? "Value" + value.Text.Replace("-", "Minus") : Identifiers.ToPascalCase(SignWords(value.Text), "Empty");
            var description = givenDescriptions is not null && i < givenDescriptions.Count ? givenDescriptions[i] : null;
            result.Add(new EnumMemberModel(members.Take(wanted), value.Text, description));
        }

        _types.Add(new EnumModel(name, Describe(schema), Flag(schema, "deprecated"), schema.Pointer, isInteger, result.ToEquatableArray()) { File = FileFor(schema, name) });
        return typeRef;
    }

    /// <summary>"-1" and "+1" read as Minus1 and Plus1 rather than both becoming "1".</summary>
    private static string SignWords(string value)
        => value.Length > 1 && (value[0] == '-' || value[0] == '+') ? (value[0] == '-' ? "Minus " : "Plus ") + value.Substring(1) : value;

    /// <summary>enum values, or the single value of an OpenAPI 3.1 const.</summary>
    private static IEnumerable<SpecScalar> EnumValues(SpecObject schema)
        => schema["enum"] is SpecArray values
            ? values.Items.OfType<SpecScalar>()
            : schema["const"] is SpecScalar constant ? new[] { constant } : Enumerable.Empty<SpecScalar>();

    /// <summary>A schema that only annotates (description, title, nullable, readOnly…) and constrains nothing.</summary>
    private static bool IsAnnotationOnly(SpecNode node)
        => node is SpecObject schema
           && schema.Properties.All(property => property.Name is "description" or "title" or "nullable" or "readOnly" or "writeOnly" or "deprecated" or "example" or "examples" or "default"
                                                 || property.Name.StartsWith("x-", StringComparison.Ordinal));

    private static bool IsUnion(SpecObject schema)
        => schema["properties"] is null
           && (schema["oneOf"] ?? schema["anyOf"]) is SpecArray alternatives
           && alternatives.Items.Count(item => !IsNullSchema(item)) > 1;

    private static bool IsEnum(SpecObject schema)
        => (schema["enum"] is SpecArray values && values.Items.Any(item => item is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number }))
           || schema["const"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number };

    private static bool EnumAllowsNull(SpecObject schema)
        => schema["enum"] is SpecArray values && values.Items.Any(item => item.Kind == SpecNodeKind.Null);

    /// <summary>
    /// The schema itself and, for allOf, each part (followed through $ref) in order. A part already visited is skipped,
    /// so schemas that include each other end instead of recursing forever.
    /// </summary>
    private IEnumerable<SpecObject> ObjectParts(SpecObject schema, HashSet<SpecObject>? visited = null)
    {
        visited ??= new HashSet<SpecObject>();
        if (!visited.Add(schema))
        {
            yield break;
        }

        if (_context.GetArray(schema, "allOf") is { } allOf)
        {
            foreach (var item in allOf.Items)
            {
                _context.CancellationToken.ThrowIfCancellationRequested();
                if (_references.Dereference(item, "its properties are left out of the schemas that include it") is SpecObject part)
                {
                    foreach (var nested in ObjectParts(part, visited))
                    {
                        yield return nested;
                    }
                }
            }
        }

        yield return schema;
    }

    /// <summary>
    /// The file a type is emitted in: that of the component schema containing it (inline types live in its file), the
    /// group of its path ("Paths.Customers") for an operation's inline type, else its own.
    /// </summary>
    private string FileFor(SpecNode schema, string name)
    {
        for (var node = schema; node is not null; node = node.Parent)
        {
            if (DocumentLayout.IsNamedSchema(node))
            {
                return node is SpecObject owner && _componentNames.TryGetValue(owner, out var ownerName) ? ownerName : name;
            }

            // Inline types of operations (bodies, parameters, responses) are grouped by the path's first segment, as
            // request builders are: large specs declare thousands of them, and the compiler pays for every file.
            if (node.Parent is { KeyInParent: "paths", Parent.Parent: null } && node.KeyInParent is { } path)
            {
                var segment = PathTemplate.Segments(path).FirstOrDefault() ?? string.Empty;
                return "Paths." + Identifiers.ToPascalCase(segment.Trim('{', '}'), "Root");
            }
        }

        return name;
    }

    /// <summary>
    /// The type name of a schema: a component's, given up front; otherwise the hint made unique. A schema named in
    /// another document that had to be renamed (its name was taken) is reported there, as a component would be.
    /// </summary>
    private string NameFor(SpecObject schema, string nameHint)
    {
        if (_componentNames.TryGetValue(schema, out var componentName))
        {
            return componentName;
        }

        var name = TakeTypeName(nameHint, null);
        if (name != nameHint && _context.Documents.Of(schema) != _context.Document && PlaceName(schema) is { } place)
        {
            _context.Report(DiagnosticDescriptors.NameCollision, schema, schema.Pointer, place.Name, nameHint, name);
        }

        return name;
    }

    /// <summary>A type name for something that is not a schema (an operation's result), unique among all generated types.</summary>
    public string ReserveTypeName(string wanted) => TakeTypeName(wanted, null);

    private string TakeTypeName(string wanted, SpecProperty? key)
    {
        var name = wanted;
        while (_typeNames.IsTaken(name) || _typeNames.IsTaken(name + "JsonConverter"))
        {
            name = _typeNames.Take(wanted);
            if (!_typeNames.IsTaken(name + "JsonConverter"))
            {
                break;
            }
        }

        if (key is not null && name != wanted)
        {
            _context.ReportAtKey(DiagnosticDescriptors.NameCollision, key, key.Value.Pointer, key.Name, wanted, name);
        }

        _typeNames.Reserve(name);
        _typeNames.Reserve(name + "JsonConverter");
        return name;
    }

    /// <summary>
    /// A schema named by its place (see <see cref="PlaceName"/>) is named after it, a file by the part of its name before
    /// the first dot; anything else after the place that uses it.
    /// </summary>
    private string HintFor(SpecNode target, string fallback)
        => PlaceName(target) is { } place
            ? Identifiers.ToPascalCase(place.IsFile ? place.Name.Split('.')[0] : place.Name, "Model")
            : fallback;

    /// <summary>
    /// The name a schema's place gives it: a component schema's key, a top-level key of another document
    /// ("common.yaml#/Error"), or the file name of another document that is one schema ("User.yaml"). Null for a schema
    /// that is named after where it is used.
    /// </summary>
    private (string Name, bool IsFile)? PlaceName(SpecNode node)
    {
        if (DocumentLayout.IsNamedSchema(node) || (node.Parent is { Parent: null } root && root != _context.Document.Root))
        {
            return (node.KeyInParent!, false);
        }

        return node.Parent is null && node != _context.Document.Root
            ? (System.IO.Path.GetFileName(_context.Documents.Of(node).Path), true)
            : null;
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

    /// <summary>
    /// Whether a schema becomes a record: it declares properties, composes several parts, or is an object that forbids
    /// extra properties. Any other object schema is a dictionary, so no data is ever dropped.
    /// </summary>
    private static bool IsObjectLike(SpecObject schema)
        => schema["properties"] is not null
           || schema["allOf"] is SpecArray { Items.Count: > 1 }
           || (schema["type"] is SpecScalar { Text: "object" } && ForbidsAdditionalProperties(schema));

    private static bool ForbidsAdditionalProperties(SpecObject schema)
        => schema["additionalProperties"] is SpecScalar { Kind: SpecNodeKind.Boolean, IsTrue: false };

    private bool IsNullable(SpecObject schema)
        => Flag(schema, "nullable") || Flag(schema, "x-nullable")
           || (schema["type"] is SpecArray types && types.Items.Any(item => item is SpecScalar { Text: "null" }));

    private static bool IsNullSchema(SpecNode node)
        => node is SpecObject schema && schema["type"] is SpecScalar { Text: "null" };

    private bool Flag(SpecObject schema, string name) => schema[name] is not null && _context.GetBoolean(schema, name);

    private string? Describe(SpecObject schema)
        => schema["description"] is not null ? _context.GetString(schema, "description") : schema["title"] is not null ? _context.GetString(schema, "title") : null;

    private static PrimitiveType StringFormat(string? format) => format switch
    {
        "date-time" => PrimitiveType.DateTimeOffset,
        "date" => PrimitiveType.DateOnly,
        "time" => PrimitiveType.TimeOnly,
        "duration" => PrimitiveType.TimeSpan,
        "uuid" or "guid" => PrimitiveType.Guid,
        "uri" or "uri-reference" or "url" => PrimitiveType.Uri,
        "byte" => PrimitiveType.Bytes,
        _ => PrimitiveType.String,
    };

    private static PrimitiveType NumberFormat(string? format) => format switch
    {
        "float" => PrimitiveType.Single,
        "decimal" => PrimitiveType.Decimal,
        "int32" => PrimitiveType.Int32,
        "int64" => PrimitiveType.Int64,
        _ => PrimitiveType.Double,
    };
}
