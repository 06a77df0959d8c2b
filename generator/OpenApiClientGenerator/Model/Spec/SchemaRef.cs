namespace OpenApiClientGenerator.Model.Spec;

/// <summary>
/// A reference to a type in the spec model: a primitive, a schema that becomes a type (by its id), an array or map of
/// another reference, or any JSON. The naming pass turns it into a <see cref="TypeRef"/>.
/// </summary>
internal sealed record SchemaRef(TypeRefKind Kind, PrimitiveType Primitive = PrimitiveType.None, string? SchemaId = null, SchemaRef? Element = null)
{
    public static readonly SchemaRef Any = new(TypeRefKind.Any);

    public static SchemaRef Of(PrimitiveType primitive) => new(TypeRefKind.Primitive, primitive);

    public static SchemaRef Schema(string id) => new(TypeRefKind.Named, SchemaId: id);

    public static SchemaRef ArrayOf(SchemaRef element) => new(TypeRefKind.Array, Element: element);

    public static SchemaRef MapOf(SchemaRef element) => new(TypeRefKind.Map, Element: element);
}
