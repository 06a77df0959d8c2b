using System.Linq;
using System.Runtime.CompilerServices;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// A client's types without their documentation: what a file needs to know of the types it refers to but does not
/// define (their kind, properties, bases, discriminators, enum values). An edit of a description leaves the shapes
/// equal, so only the file that defines the type is written again, not every file that refers to it.
/// </summary>
internal sealed record TypeShapes(string SpecPath, EquatableArray<TypeModel> Types)
{
    private static readonly ConditionalWeakTable<TypeShapes, TypeCatalog> Catalogs = new();

    public static TypeShapes Of(ClientModel client) => new(client.SpecPath, client.Types.Select(Shape).ToEquatableArray());

    /// <summary>The catalog of these shapes, built once however many files are written against it.</summary>
    public TypeCatalog Catalog() => Catalogs.GetValue(this, static shapes => new TypeCatalog(shapes.Types));

    private static TypeModel Shape(TypeModel type) => type switch
    {
        ObjectModel model => model with
        {
            Description = null,
            Properties = model.Properties.Select(Shape).ToEquatableArray(),
            InheritedProperties = model.InheritedProperties.Select(Shape).ToEquatableArray(),
            AdditionalProperties = model.AdditionalProperties is { } additional ? Shape(additional) : null,
            UnknownProperties = model.UnknownProperties is { } unknown ? Shape(unknown) : null,
        },
        EnumModel model => model with { Description = null, Members = model.Members.Select(member => member with { Description = null }).ToEquatableArray() },
        _ => type with { Description = null },
    };

    private static PropertyModel Shape(PropertyModel property) => property with { Description = null };
}
