namespace OpenApiClientGenerator.Model;

/// <summary>A generated type. <see cref="JsonPointer"/> is where the schema is in the spec (shown in the docs).</summary>
internal abstract record TypeModel(string Name, string? Description, bool IsDeprecated, string JsonPointer);

/// <summary>An object schema, emitted as a sealed record with one property per schema property.</summary>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    bool IsDeprecated,
    string JsonPointer,
    EquatableArray<PropertyModel> Properties)
    : TypeModel(Name, Description, IsDeprecated, JsonPointer);

/// <summary>A property of an object schema; <see cref="JsonName"/> is the exact wire name.</summary>
internal sealed record PropertyModel(
    string Name,
    string JsonName,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    string? Description,
    bool IsDeprecated,
    bool IsReadOnly,
    bool IsWriteOnly);
