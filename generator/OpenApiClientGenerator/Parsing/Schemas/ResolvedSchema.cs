using OpenApiClientGenerator.Model.Spec;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>A schema resolved to a type reference, whether it allows JSON null, and its description.</summary>
internal readonly record struct ResolvedSchema(SchemaRef Type, bool IsNullable, string? Description)
{
    public static ResolvedSchema Any(string? description = null) => new(SchemaRef.Any, false, description);
}
