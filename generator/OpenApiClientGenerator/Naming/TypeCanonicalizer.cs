using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;

namespace OpenApiClientGenerator.Naming;

/// <summary>
/// Decides which schemas become types of their own, before anything is named, so that generated code is no bigger than
/// it must be: an inline enum with one value is a constant of its base type; inline schemas with the same structure (the
/// same properties, types, docs and flags: an error response repeated by every operation, the same detail items in each
/// error schema) share one type, an author-named one when one matches; a union whose alternatives all turn out to be
/// one type is that type. Schemas named by the spec's author (components, keys and files of other documents) always
/// stay types of their own.
/// </summary>
internal sealed class TypeCanonicalizer
{
    private readonly Dictionary<string, SchemaSpec> _schemas;
    private readonly Dictionary<string, SchemaRef> _replacements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _computing = new(StringComparer.Ordinal);
    private readonly CancellationToken _cancellationToken;

    private TypeCanonicalizer(IEnumerable<SchemaSpec> schemas, CancellationToken cancellationToken)
    {
        _schemas = schemas.ToDictionary(schema => schema.Id, StringComparer.Ordinal);
        _cancellationToken = cancellationToken;
    }

    /// <summary>
    /// The schemas that stay types (in their original order, unions without the alternatives that became the same type)
    /// and, for every schema that does not, what stands in its place.
    /// </summary>
    public static (IReadOnlyList<SchemaSpec> Types, IReadOnlyDictionary<string, SchemaRef> Replacements) Run(IReadOnlyList<SchemaSpec> schemas, CancellationToken cancellationToken)
    {
        var canonicalizer = new TypeCanonicalizer(schemas, cancellationToken);
        return (canonicalizer.Canonicalize(schemas), canonicalizer._replacements);
    }

    /// <summary>Whether the spec's author named the schema (it is never merged away).</summary>
    public static bool IsAuthorNamed(SchemaSpec schema) => schema.Name.Origin is not null;

    private List<SchemaSpec> Canonicalize(IReadOnlyList<SchemaSpec> schemas)
    {
        // Constants first: they change the structure of the objects holding them.
        foreach (var schema in schemas)
        {
            if (schema is EnumSchemaSpec { Values.Count: 1 } constant && !IsAuthorNamed(schema))
            {
                _replacements[schema.Id] = SchemaRef.Of(constant.Kind switch { EnumKind.Integer => PrimitiveType.Int64, EnumKind.Number => PrimitiveType.Double, _ => PrimitiveType.String });
            }
        }

        // Author-named schemas claim their structure first, then inline ones in order: the first of a structure is kept.
        var byStructure = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in schemas.Where(IsAuthorNamed).Concat(schemas.Where(schema => !IsAuthorNamed(schema))))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_replacements.ContainsKey(schema.Id))
            {
                continue;
            }

            var key = StructureKey(schema);
            if (_replacements.ContainsKey(schema.Id))
            {
                continue; // A union that collapsed into one alternative while its key was computed.
            }

            if (byStructure.TryGetValue(key, out var canonical))
            {
                if (!IsAuthorNamed(schema))
                {
                    _replacements[schema.Id] = SchemaRef.Schema(canonical);
                }
            }
            else
            {
                byStructure[key] = schema.Id;
            }
        }

        return schemas.Where(schema => !_replacements.ContainsKey(schema.Id)).Select(WithDistinctVariants).ToList();
    }

    /// <summary>A union keeps one alternative per type that remains (merging their discriminator values).</summary>
    private SchemaSpec WithDistinctVariants(SchemaSpec schema)
    {
        if (schema is not UnionSchemaSpec union)
        {
            return schema;
        }

        var variants = new List<UnionVariantSpec>();
        foreach (var variant in union.Variants)
        {
            var type = Resolve(variant.Type);
            var index = variants.FindIndex(existing => existing.Type == type);
            if (index < 0)
            {
                variants.Add(variant with { Type = type });
            }
            else
            {
                variants[index] = variants[index] with { DiscriminatorValues = variants[index].DiscriminatorValues.Concat(variant.DiscriminatorValues).Distinct().ToEquatableArray() };
            }
        }

        return union with { Variants = variants.ToEquatableArray() };
    }

    /// <summary>A reference with every replaced schema followed to what stands in its place.</summary>
    public SchemaRef Resolve(SchemaRef reference) => Resolve(reference, _replacements);

    public static SchemaRef Resolve(SchemaRef reference, IReadOnlyDictionary<string, SchemaRef> replacements)
    {
        switch (reference.Kind)
        {
            case TypeRefKind.Named:
                var current = reference;
                for (var hops = 0; current.Kind == TypeRefKind.Named && replacements.TryGetValue(current.SchemaId!, out var next) && hops < 64; hops++)
                {
                    current = next;
                }

                return current.Kind == TypeRefKind.Named || current == reference ? current : Resolve(current, replacements);
            case TypeRefKind.Array:
                return SchemaRef.ArrayOf(Resolve(reference.Element!, replacements));
            case TypeRefKind.Map:
                return SchemaRef.MapOf(Resolve(reference.Element!, replacements));
            default:
                return reference;
        }
    }

    /// <summary>How a reference looks from outside: an author-named schema by its id, an inline one by its structure.</summary>
    private string Key(SchemaRef reference)
    {
        switch (reference.Kind)
        {
            case TypeRefKind.Primitive:
                return reference.Primitive.ToString();
            case TypeRefKind.Array:
                return "[" + Key(reference.Element!) + "]";
            case TypeRefKind.Map:
                return "{" + Key(reference.Element!) + "}";
            case TypeRefKind.Named:
                var resolved = Resolve(reference);
                if (resolved.Kind != TypeRefKind.Named)
                {
                    return Key(resolved);
                }

                return _schemas.TryGetValue(resolved.SchemaId!, out var schema) && !IsAuthorNamed(schema) ? StructureKey(schema) : "#" + resolved.SchemaId;
            default:
                return "*";
        }
    }

    /// <summary>Everything about a schema that shows in generated code, except its own name and description.</summary>
    private string StructureKey(SchemaSpec schema)
    {
        if (_keys.TryGetValue(schema.Id, out var known))
        {
            return known;
        }

        if (!_computing.Add(schema.Id))
        {
            // An inline schema met again inside itself (only possible through a cycle): it is its own structure.
            return "#" + schema.Id;
        }

        var key = new StringBuilder();
        switch (schema)
        {
            case ObjectSchemaSpec obj:
                key.Append("object(");
                foreach (var property in obj.Properties)
                {
                    key.Append(property.WireName).Append('/').Append(property.ClientName).Append(':').Append(Key(property.Type))
                        .Append(property.IsRequired ? "!" : "?").Append(property.IsNullable ? "n" : string.Empty)
                        .Append(property.IsDeprecated ? "d" : string.Empty).Append(property.IsReadOnly ? "r" : string.Empty).Append(property.IsWriteOnly ? "w" : string.Empty)
                        .Append('=').Append(property.DefaultValue).Append('"').Append(property.Description).Append('"').Append(';');
                }

                key.Append(")+").Append(obj.AdditionalProperties is { } additional ? Key(additional) : "-");
                key.Append(':').Append(obj.BaseId is { } baseId ? Key(SchemaRef.Schema(baseId)) : string.Empty)
                    .Append('|').Append(obj.Discriminator?.PropertyName).Append('|').Append(obj.DiscriminatorValue);
                foreach (var mapping in obj.Discriminator?.Mapping ?? EquatableArray<DiscriminatorMapping>.Empty)
                {
                    key.Append(mapping.Value).Append("->").Append(mapping.SchemaId).Append(';');
                }
                break;
            case EnumSchemaSpec enumeration:
                key.Append(enumeration.Kind).Append("-enum(");
                foreach (var value in enumeration.Values)
                {
                    key.Append(value.Value).Append('|').Append(value.GivenName).Append('|').Append(value.Description).Append(';');
                }

                key.Append(')');
                break;
            case UnionSchemaSpec union:
                var variants = union.Variants.Select(variant => (Key: Key(variant.Type), Values: string.Join(",", variant.DiscriminatorValues))).ToList();
                if (!IsAuthorNamed(union) && variants.Select(variant => variant.Key).Distinct(StringComparer.Ordinal).Count() == 1)
                {
                    // Every alternative is the same type: the (inline) union is that type.
                    _replacements[union.Id] = Resolve(union.Variants[0].Type);
                    key.Append(variants[0].Key);
                    break;
                }

                key.Append("union(").Append(union.DiscriminatorProperty).Append(':');
                foreach (var variant in variants)
                {
                    key.Append(variant.Key).Append('=').Append(variant.Values).Append(';');
                }

                key.Append(')');
                break;
        }

        key.Append(schema.IsDeprecated ? "!deprecated" : string.Empty);
        _computing.Remove(schema.Id);
        return _keys[schema.Id] = key.ToString();
    }
}
