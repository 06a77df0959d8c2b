using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>
/// Reads a oneOf/anyOf schema into a <see cref="UnionSchemaSpec"/>: its alternatives (nested unions without a
/// discriminator flattened into it) and, with a discriminator, the values that select each one (its mapping, or else the
/// names of referenced component schemas).
/// </summary>
internal sealed class UnionSchemaReader
{
    private readonly ParseContext _context;
    private readonly SchemaResolver _resolver;

    public UnionSchemaReader(ParseContext context, SchemaResolver resolver)
    {
        _context = context;
        _resolver = resolver;
    }

    public SchemaRef Read(SpecObject schema, NameHint hint, List<SpecNode> alternatives)
    {
        alternatives = Flatten(alternatives, new HashSet<SpecNode> { schema });
        var reference = _resolver.Begin(schema);
        var id = reference.SchemaId!;

        var discriminator = _context.GetObject(schema, "discriminator");
        var discriminatorProperty = discriminator is null ? null : _context.GetString(discriminator, "propertyName");
        var mapping = discriminator is null ? null : _context.GetObject(discriminator, "mapping");

        var variants = new List<UnionVariantSpec>();
        var seenTypes = new HashSet<SchemaRef>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var alternative = alternatives[i];
            var target = ReferenceResolver.GetReference(alternative) is { } alternativeReference ? _resolver.References.ResolveOnce(alternativeReference) : alternative;
            var title = alternative is SpecObject { } titled && titled["title"] is SpecScalar { Kind: SpecNodeKind.String } titleNode ? titleNode.Text : null;
            var alternativeHint = title is { Length: > 0 }
                ? NameHint.Given(title)
                : NameHint.OfSchema(id, "Option" + (i + 1).ToString(CultureInfo.InvariantCulture));
            var type = _resolver.Resolve(alternative, alternativeHint).Type;
            if (type == reference)
            {
                // The union itself as one of its alternatives adds no value it could hold (and would be a conversion to itself).
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, alternative, alternative.Pointer, "this alternative is the schema itself, so it adds nothing; it is left out");
                continue;
            }

            if (!seenTypes.Add(type))
            {
                continue;
            }

            var values = new List<string>();
            if (discriminatorProperty is not null)
            {
                foreach (var entry in mapping?.Properties ?? Array.Empty<SpecProperty>())
                {
                    if (entry.Value is SpecScalar { Kind: SpecNodeKind.String } mapped && MapsTo(mapped.Text, target, alternative))
                    {
                        values.Add(entry.Name);
                    }
                }

                // Without an explicit mapping, a referenced schema is selected by its name.
                if (values.Count == 0 && target is not null && DocumentLayout.IsNamedSchema(target))
                {
                    values.Add(target.KeyInParent!);
                }
            }

            variants.Add(new UnionVariantSpec(type, values.ToEquatableArray()));
        }

        _resolver.Add(new UnionSchemaSpec(id, hint, _resolver.OwnerOf(schema), _resolver.Describe(schema), _resolver.Flag(schema, "deprecated"), discriminatorProperty, variants.ToEquatableArray()));
        return reference;
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
            if (_resolver.References.Dereference(alternative) is SpecObject inner && SchemaKeywords.IsUnion(inner) && inner["discriminator"] is null && visited.Add(inner))
            {
                var nested = ((inner["oneOf"] ?? inner["anyOf"]) as SpecArray)!.Items.Where(item => !SchemaKeywords.IsNullSchema(item)).ToList();
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
}
