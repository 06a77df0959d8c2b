using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing;

/// <summary>A schema resolved to a C# type, and whether the schema allows JSON null.</summary>
internal readonly record struct ResolvedType(TypeRef Type, bool IsNullable, string? Description)
{
    public static ResolvedType Any(string? description = null) => new(TypeRef.Any, false, description);
}
