using System;
using System.Collections.Generic;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Model.Spec;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>
/// Reads a schema's discriminator in both forms: OpenAPI 3's object (<c>propertyName</c>, optional <c>mapping</c> of values
/// to <c>$ref</c>s or schema names) and Swagger 2.0's plain property name.
/// </summary>
internal static class Discriminators
{
    /// <summary>The discriminator property and the mapping node (null when absent), or null when the schema has none.</summary>
    public static (string Property, SpecObject? Mapping)? Read(ParseContext context, SpecObject schema)
    {
        switch (schema["discriminator"])
        {
            case SpecScalar { Kind: SpecNodeKind.String, Text.Length: > 0 } name:
                return (name.Text, null);
            case SpecObject discriminator when context.GetString(discriminator, "propertyName") is { Length: > 0 } property:
                return (property, context.GetObject(discriminator, "mapping"));
            case null:
                return null;
            case var other:
                context.As<SpecObject>(other, SpecNodeKind.Object);
                return null;
        }
    }

    /// <summary>
    /// The mapping's entries as schema ids: a <c>$ref</c> ("#/components/schemas/Cat", "pets.yaml#/Cat") or a bare schema
    /// name ("Cat"), resolved in the document the mapping is written in. Entries that resolve to nothing are reported there.
    /// </summary>
    public static EquatableArray<DiscriminatorMapping> Mapping(SchemaResolver resolver, SpecObject? mapping)
    {
        var result = new List<DiscriminatorMapping>();
        foreach (var entry in mapping?.Properties ?? Array.Empty<SpecProperty>())
        {
            if (entry.Value is not SpecScalar { Kind: SpecNodeKind.String } target)
            {
                continue;
            }

            var text = target.Text.IndexOf('#') >= 0 || target.Text.IndexOf('/') >= 0 ? target.Text : "#/components/schemas/" + target.Text;
            if (resolver.References.ResolveOnce(text, target, "the mapping entry is not used") is { } node)
            {
                result.Add(new DiscriminatorMapping(entry.Name, resolver.IdOf(node)));
            }
        }

        return result.ToEquatableArray();
    }
}
