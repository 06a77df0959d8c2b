using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Names the generated types (component schemas first, in document order, then the others as they were met; an inline
/// schema after the place it is in), their members, and the file each type is emitted in; and turns the spec's
/// <see cref="SchemaRef"/>s into <see cref="TypeRef"/>s.
/// </summary>
internal sealed class TypeNamer
{
    /// <summary>Longer names are cut (the compiler's metadata limit is near 1,000 bytes, and nobody reads such a name).</summary>
    public const int MaxNameLength = 128;

    private readonly NameScope _typeNames;
    private readonly Action<DiagnosticInfo> _report;
    private readonly Func<string, string> _operationName;
    private readonly IReadOnlyDictionary<string, SchemaRef> _replacements;
    private readonly Dictionary<string, SchemaSpec> _schemas;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectSchemaSpec>> _subtypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectModel> _objects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public TypeNamer(IReadOnlyList<SchemaSpec> types, IReadOnlyDictionary<string, SchemaRef> replacements, NameScope typeNames, Func<string, string> operationName, Action<DiagnosticInfo> report)
    {
        _schemas = types.ToDictionary(type => type.Id, StringComparer.Ordinal);
        _replacements = replacements;
        _typeNames = typeNames;
        _operationName = operationName;
        _report = report;
        foreach (var type in types.Where(type => type.Name.Source == NameSource.Component).Concat(types.Where(type => type.Name.Source != NameSource.Component)))
        {
            _names[type.Id] = Take(Wanted(type.Name), type.Name.Origin);
        }

        for (var i = 0; i < types.Count; i++)
        {
            _order[types[i].Id] = i;
            if (types[i] is ObjectSchemaSpec derived && BaseOf(derived) is { } baseSchema)
            {
                (_subtypes.TryGetValue(baseSchema.Id, out var children) ? children : _subtypes[baseSchema.Id] = new List<ObjectSchemaSpec>()).Add(derived);
            }
        }
    }

    /// <summary>A type name that is not a schema's (an operation's result, a request builder), unique among all generated types.</summary>
    public string Reserve(string wanted) => Take(wanted, null);

    /// <summary>
    /// The C# names of a path of properties (by wire name) from an object type, and the type the last one holds; null when
    /// the path does not exist. Models must have been built (<see cref="Models"/>).
    /// </summary>
    public (List<string> Names, TypeRef Type)? PropertyPath(string schemaId, IEnumerable<string> wireNames)
    {
        var names = new List<string>();
        TypeRef type = TypeRef.Named(NameOfSchema(schemaId) ?? string.Empty, false);
        foreach (var wireName in wireNames)
        {
            if (type.Kind != TypeRefKind.Named || _objects.Values.FirstOrDefault(model => model.Name == type.Name) is not { } model
                || model.AllProperties.FirstOrDefault(property => property.JsonName == wireName) is not { } property)
            {
                return null;
            }

            names.Add(property.Name);
            type = property.Type;
        }

        return (names, type);
    }

    /// <summary>The C# name of a property of a generated object type (inherited ones included), by wire name; null when it has none.</summary>
    public string? PropertyOf(string typeName, string wireName)
        => _objects.Values.FirstOrDefault(model => model.Name == typeName)?.AllProperties.FirstOrDefault(property => property.JsonName == wireName)?.Name;

    /// <summary>The type of a property of a generated object type, by wire name; null when it has none.</summary>
    public TypeRef? PropertyTypeOf(string typeName, string wireName)
        => _objects.Values.FirstOrDefault(model => model.Name == typeName)?.AllProperties.FirstOrDefault(property => property.JsonName == wireName)?.Type;

    /// <summary>The name of a schema's type (following what it was merged into), or null when it is not a type.</summary>
    public string? NameOfSchema(string schemaId)
        => TypeCanonicalizer.Resolve(SchemaRef.Schema(schemaId), _replacements) is { Kind: TypeRefKind.Named } resolved && _names.TryGetValue(resolved.SchemaId!, out var name) ? name : null;

    public TypeRef ToTypeRef(SchemaRef reference)
    {
        var resolved = TypeCanonicalizer.Resolve(reference, _replacements);
        return resolved.Kind switch
        {
            TypeRefKind.Primitive => TypeRef.Of(resolved.Primitive),
            TypeRefKind.Array => TypeRef.ArrayOf(ToTypeRef(resolved.Element!)),
            TypeRefKind.Map => TypeRef.MapOf(ToTypeRef(resolved.Element!)),
            TypeRefKind.Named when _names.TryGetValue(resolved.SchemaId!, out var name) => TypeRef.Named(name, _schemas[resolved.SchemaId!] is EnumSchemaSpec),
            _ => TypeRef.Any,
        };
    }

    /// <summary>The models of every type, with member names and files.</summary>
    public IReadOnlyList<TypeModel> Models(IReadOnlyList<SchemaSpec> types)
    {
        var models = new List<TypeModel>();
        foreach (var type in types)
        {
            var name = _names[type.Id];
            TypeModel model = type switch
            {
                ObjectSchemaSpec obj => Object(obj, name),
                EnumSchemaSpec enumeration => Enum(enumeration, name),
                UnionSchemaSpec union => Union(union, name),
                _ => throw new InvalidOperationException("Unknown schema kind " + type.GetType().Name),
            };
            models.Add(model with { File = FileOf(type, name) });
        }

        return models;
    }

    private ObjectModel Object(ObjectSchemaSpec schema, string name)
    {
        if (_objects.TryGetValue(schema.Id, out var done))
        {
            return done;
        }

        var baseSchema = BaseOf(schema);
        var baseModel = baseSchema is not null && _inProgress.Add(schema.Id) ? Object(baseSchema, _names[baseSchema.Id]) : null;
        var members = new NameScope(StringComparer.Ordinal, ReservedNames.RecordMembers);
        members.Reserve(name);
        foreach (var inherited in baseModel?.AllProperties ?? Enumerable.Empty<PropertyModel>())
        {
            members.Reserve(inherited.Name);
        }

        if (baseModel?.UnknownProperties is { } inheritedUnknown)
        {
            members.Reserve(inheritedUnknown.Name);
        }

        // Converter locals: the inherited properties' first (they keep their names), then this schema's.
        var locals = new NameScope(StringComparer.Ordinal, ReservedNames.ConverterLocals);
        foreach (var inherited in (baseModel?.AllProperties ?? Enumerable.Empty<PropertyModel>()).Append(baseModel?.UnknownProperties).OfType<PropertyModel>())
        {
            locals.Reserve(inherited.LocalName);
        }

        var discriminator = DiscriminatorOf(schema);
        var properties = new List<PropertyModel>();
        foreach (var property in schema.Properties)
        {
            var pascal = Identifiers.ToPascalCase(property.ClientName ?? property.WireName);
            var memberName = members.Take(pascal == name ? pascal + "Value" : pascal);

            // Callers need not set what the service sets (readOnly), what it never returns (writeOnly), or the
            // discriminator each record of a hierarchy sets itself: those are optional in C#, so both directions work.
            var isDiscriminator = property.WireName == (discriminator?.Property ?? DiscriminatorProperty(schema));
            properties.Add(new PropertyModel(
                memberName,
                property.WireName,
                ToTypeRef(property.Type),
                property.IsRequired && !property.IsReadOnly && !property.IsWriteOnly && !isDiscriminator,
                property.IsNullable,
                property.Description,
                property.IsDeprecated,
                property.IsReadOnly,
                property.IsWriteOnly,
                property.DefaultValue)
            {
                LocalName = locals.Take(Identifiers.ToCamelCase(memberName)),
            });
        }

        var additional = schema.AdditionalProperties is { } value
            ? new PropertyModel(members.Take(ReservedNames.AdditionalProperties), string.Empty, TypeRef.MapOf(ToTypeRef(value)), false, false, null, false, false, false) { LocalName = locals.Take("additionalProperties") }
            : null;
        var model = new ObjectModel(name, schema.Description, schema.IsDeprecated, schema.Id, properties.ToEquatableArray(), additional)
        {
            BaseName = baseModel?.Name,
            InheritedProperties = (baseModel?.AllProperties ?? Enumerable.Empty<PropertyModel>()).ToEquatableArray(),
            UnknownProperties = additional ?? baseModel?.UnknownProperties,
            HasSubtypes = _subtypes.ContainsKey(schema.Id),
            Polymorphism = Polymorphism(schema),
            Discriminator = discriminator,
        };
        _inProgress.Remove(schema.Id);
        return _objects[schema.Id] = model;
    }

    /// <summary>The object schema <paramref name="schema"/> extends (through what it was merged into), or null.</summary>
    private ObjectSchemaSpec? BaseOf(ObjectSchemaSpec schema)
        => schema.BaseId is { } baseId && TypeCanonicalizer.Resolve(SchemaRef.Schema(baseId), _replacements) is { Kind: TypeRefKind.Named } resolved
           && _schemas.TryGetValue(resolved.SchemaId!, out var found) && found is ObjectSchemaSpec baseSchema && baseSchema.Id != schema.Id
            ? baseSchema
            : null;

    /// <summary>The schema and those it extends, nearest first.</summary>
    private IEnumerable<ObjectSchemaSpec> SelfAndAncestors(ObjectSchemaSpec schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = schema; current is not null && seen.Add(current.Id); current = BaseOf(current))
        {
            yield return current;
        }
    }

    /// <summary>Every schema that extends <paramref name="schema"/>, directly or further down, in spec order.</summary>
    private List<ObjectSchemaSpec> Descendants(ObjectSchemaSpec schema)
    {
        var result = new List<ObjectSchemaSpec>();
        var pending = new Queue<string>();
        pending.Enqueue(schema.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal) { schema.Id };
        while (pending.Count > 0)
        {
            foreach (var child in _subtypes.TryGetValue(pending.Dequeue(), out var children) ? children : new List<ObjectSchemaSpec>())
            {
                if (seen.Add(child.Id))
                {
                    result.Add(child);
                    pending.Enqueue(child.Id);
                }
            }
        }

        return result.OrderBy(child => _order[child.Id]).ToList();
    }

    /// <summary>The discriminator property of the hierarchy a schema is in (its own, or the nearest ancestor's).</summary>
    private string? DiscriminatorProperty(ObjectSchemaSpec schema)
        => SelfAndAncestors(schema).Select(current => current.Discriminator?.PropertyName).FirstOrDefault(property => property is not null);

    /// <summary>
    /// The values that select <paramref name="schema"/>: the mapping entries of its hierarchy that name it; else the value it
    /// declares (x-ms-discriminator-value); else its name in the spec (the implicit mapping).
    /// </summary>
    private List<string> ValuesOf(ObjectSchemaSpec schema)
    {
        var mapped = SelfAndAncestors(schema)
            .SelectMany(current => current.Discriminator?.Mapping ?? EquatableArray<DiscriminatorMapping>.Empty)
            .Where(entry => TypeCanonicalizer.Resolve(SchemaRef.Schema(entry.SchemaId), _replacements).SchemaId == schema.Id)
            .Select(entry => entry.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (mapped.Count > 0)
        {
            return mapped;
        }

        if (schema.DiscriminatorValue is { } declared)
        {
            return new List<string> { declared };
        }

        return schema.Name.Origin is { } origin ? new List<string> { origin.Name } : new List<string>();
    }

    private PolymorphismModel? Polymorphism(ObjectSchemaSpec schema)
    {
        if (DiscriminatorProperty(schema) is not { } property)
        {
            return null;
        }

        var subtypes = Descendants(schema)
            .SelectMany(descendant => ValuesOf(descendant).Select(value => new SubtypeModel(value, _names[descendant.Id])))
            .GroupBy(subtype => subtype.Value, StringComparer.Ordinal)
            .Select(group => group.First())
            .ToList();
        return subtypes.Count == 0 ? null : new PolymorphismModel(property, subtypes.ToEquatableArray());
    }

    private (string Property, string Value)? DiscriminatorOf(ObjectSchemaSpec schema)
        => DiscriminatorProperty(schema) is { } property && (schema.BaseId is not null || _subtypes.ContainsKey(schema.Id)) && ValuesOf(schema).FirstOrDefault() is { } value
            ? (property, value)
            : null;

    private static EnumModel Enum(EnumSchemaSpec schema, string name)
    {
        var members = new NameScope(StringComparer.Ordinal, ReservedNames.EnumMembers.Append(name));
        var result = schema.Values.Select(value => new EnumMemberModel(
            members.Take(value.GivenName is { } given
                ? Identifiers.ToPascalCase(given)
                : schema.Kind != EnumKind.String ? "Value" + value.Value.Replace("-", "Minus").Replace(".", "_").Replace("+", string.Empty) : Identifiers.ToPascalCase(SignWords(value.Value), "Empty")),
            value.Value,
            value.Description));
        return new EnumModel(name, schema.Description, schema.IsDeprecated, schema.Id, schema.Kind, result.ToEquatableArray());
    }

    private UnionModel Union(UnionSchemaSpec schema, string name)
    {
        var members = new NameScope(StringComparer.Ordinal, ReservedNames.RecordMembers.Append(ReservedNames.UnionUnknown).Append(name));
        var variants = schema.Variants.Select(variant =>
        {
            var type = ToTypeRef(variant.Type);
            return new UnionVariantModel(members.Take(VariantName(type)), type, variant.DiscriminatorValues);
        });
        return new UnionModel(name, schema.Description, schema.IsDeprecated, schema.Id, schema.DiscriminatorProperty, variants.ToEquatableArray());
    }

    private static string VariantName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Named => type.Name!,
        TypeRefKind.Primitive => type.Primitive.ToString(),
        TypeRefKind.Array => VariantName(type.Element!) + "List",
        TypeRefKind.Map => VariantName(type.Element!) + "Map",
        _ => "Json",
    };

    /// <summary>"-1" and "+1" read as Minus1 and Plus1 rather than both becoming "1".</summary>
    private static string SignWords(string value)
        => value.Length > 1 && (value[0] == '-' || value[0] == '+') ? (value[0] == '-' ? "Minus " : "Plus ") + value.Substring(1) : value;

    /// <summary>
    /// The file a type is emitted in: its component's (a schema's inline types live with it), the group of its path's first
    /// segment ("Paths.Customers") for an operation's inline type, else its own. Fewer files keep the compiler's
    /// per-file cost down on large specs.
    /// </summary>
    private string FileOf(SchemaSpec schema, string name)
    {
        if (schema.Owner.ComponentId is { } component)
        {
            return _names.TryGetValue(component, out var owner) ? owner : name;
        }

        return schema.Owner.PathSegment is { } segment ? "Paths." + Identifiers.ToPascalCase(segment.Trim('{', '}'), "Root") : name;
    }

    /// <summary>The name a hint asks for: a given name, or the name of its place followed by its words.</summary>
    private string Wanted(NameHint hint)
    {
        var words = hint.Words;
        var start = hint.Source == NameSource.Place ? PlaceName(hint) : Identifiers.ToPascalCaseWhole(words[0], "Model");
        var name = new System.Text.StringBuilder(start);
        for (var i = hint.Source == NameSource.Place ? 0 : 1; i < words.Count; i++)
        {
            // Words after the first need no guard against a leading digit ("GetPet" + "404Error").
            name.Append(Identifiers.ToPascalCaseWhole(words[i]).TrimStart('_'));
        }

        return name.ToString();
    }

    private string PlaceName(NameHint hint)
    {
        if (hint.OwnerOperation is { } operation)
        {
            return _operationName(operation);
        }

        // The owner was named before (an object is named before its parts); merged into another type, it has that one's name.
        var owner = TypeCanonicalizer.Resolve(SchemaRef.Schema(hint.OwnerSchemaId!), _replacements);
        return owner.SchemaId is { } id && _names.TryGetValue(id, out var name) ? name : "Model";
    }

    private string Take(string wanted, NameOrigin? origin)
    {
        if (wanted.Length > MaxNameLength)
        {
            var shortened = Shorten(wanted);
            if (origin is not null)
            {
                _report(DiagnosticInfo.Create(DiagnosticDescriptors.NameTooLong, origin.Location, origin.Pointer, Excerpt(origin.Name), wanted.Length.ToString(CultureInfo.InvariantCulture), shortened));
            }

            wanted = shortened;
        }

        var name = wanted;
        while (_typeNames.IsTaken(name) || _typeNames.IsTaken(name + ReservedNames.ConverterSuffix))
        {
            name = _typeNames.Take(wanted);
            if (!_typeNames.IsTaken(name + ReservedNames.ConverterSuffix))
            {
                break;
            }
        }

        if (origin is not null && name != wanted)
        {
            _report(DiagnosticInfo.Create(DiagnosticDescriptors.NameCollision, origin.Location, origin.Pointer, origin.Name, wanted, name));
        }

        _typeNames.Reserve(name);
        _typeNames.Reserve(name + ReservedNames.ConverterSuffix);
        return name;
    }

    /// <summary>The first characters of a name and a hash of all of it: stable, and unique in practice.</summary>
    public static string Shorten(string name)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in name)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return name.Substring(0, MaxNameLength - 9) + "_" + hash.ToString("x8", CultureInfo.InvariantCulture);
        }
    }

    private static string Excerpt(string name) => name.Length <= 60 ? name : name.Substring(0, 60) + "…";
}
