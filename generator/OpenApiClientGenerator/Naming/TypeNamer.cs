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
    }

    /// <summary>A type name that is not a schema's (an operation's result, a request builder), unique among all generated types.</summary>
    public string Reserve(string wanted) => Take(wanted, null);

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
        var members = new NameScope(StringComparer.Ordinal, ReservedNames.RecordMembers);
        members.Reserve(name);
        var properties = new List<PropertyModel>();
        foreach (var property in schema.Properties)
        {
            var pascal = Identifiers.ToPascalCase(property.WireName);
            properties.Add(new PropertyModel(
                members.Take(pascal == name ? pascal + "Value" : pascal),
                property.WireName,
                ToTypeRef(property.Type),
                property.IsRequired,
                property.IsNullable,
                property.Description,
                property.IsDeprecated,
                property.IsReadOnly,
                property.IsWriteOnly,
                property.DefaultValue));
        }

        var additional = schema.AdditionalProperties is { } value
            ? new PropertyModel(members.Take(ReservedNames.AdditionalProperties), string.Empty, TypeRef.MapOf(ToTypeRef(value)), false, false, null, false, false, false)
            : null;
        return new ObjectModel(name, schema.Description, schema.IsDeprecated, schema.Id, properties.ToEquatableArray(), additional);
    }

    private static EnumModel Enum(EnumSchemaSpec schema, string name)
    {
        var members = new NameScope(StringComparer.Ordinal, ReservedNames.EnumMembers.Append(name));
        var result = schema.Values.Select(value => new EnumMemberModel(
            members.Take(value.GivenName is { } given
                ? Identifiers.ToPascalCase(given)
                : schema.IsInteger ? "Value" + value.Value.Replace("-", "Minus") : Identifiers.ToPascalCase(SignWords(value.Value), "Empty")),
            value.Value,
            value.Description));
        return new EnumModel(name, schema.Description, schema.IsDeprecated, schema.Id, schema.IsInteger, result.ToEquatableArray());
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
