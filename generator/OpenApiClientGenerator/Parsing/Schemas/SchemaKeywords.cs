using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>What a schema object's keywords say about it, independent of where it is.</summary>
internal static class SchemaKeywords
{
    /// <summary>A schema that only annotates (description, title, nullable, readOnly…) and constrains nothing.</summary>
    public static bool IsAnnotationOnly(SpecNode node)
        => node is SpecObject schema
           && schema.Properties.All(property => property.Name is "description" or "title" or "nullable" or "readOnly" or "writeOnly" or "deprecated" or "example" or "examples" or "default"
                                                 || property.Name.StartsWith("x-", StringComparison.Ordinal));

    /// <summary>oneOf/anyOf with more than one alternative that is not null, and no properties of its own.</summary>
    public static bool IsUnion(SpecObject schema)
        => schema["properties"] is null
           && (schema["oneOf"] ?? schema["anyOf"]) is SpecArray alternatives
           && alternatives.Items.Count(item => !IsNullSchema(item)) > 1;

    public static bool IsEnum(SpecObject schema)
        => (schema["enum"] is SpecArray values && values.Items.Any(item => item is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number }))
           || schema["const"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number };

    public static bool EnumAllowsNull(SpecObject schema)
        => schema["enum"] is SpecArray values && values.Items.Any(item => item.Kind == SpecNodeKind.Null);

    /// <summary>enum values, or the single value of an OpenAPI 3.1 const.</summary>
    public static IEnumerable<SpecScalar> EnumValues(SpecObject schema)
        => schema["enum"] is SpecArray values
            ? values.Items.OfType<SpecScalar>()
            : schema["const"] is SpecScalar constant ? new[] { constant } : Enumerable.Empty<SpecScalar>();

    /// <summary>
    /// Whether a schema becomes a record: it declares properties, composes several parts, or is an object that forbids
    /// extra properties. Any other object schema is a dictionary, so no data is ever dropped.
    /// </summary>
    public static bool IsObjectLike(SpecObject schema)
        => schema["properties"] is not null
           || schema["allOf"] is SpecArray { Items.Count: > 1 }
           || (schema["type"] is SpecScalar { Text: "object" } && ForbidsAdditionalProperties(schema));

    public static bool ForbidsAdditionalProperties(SpecObject schema)
        => schema["additionalProperties"] is SpecScalar { Kind: SpecNodeKind.Boolean, IsTrue: false };

    /// <summary><c>type: 'null'</c>: an alternative that only allows null.</summary>
    public static bool IsNullSchema(SpecNode node)
        => node is SpecObject schema && schema["type"] is SpecScalar { Text: "null" };
}
