namespace OpenApiClientGenerator.Model;

/// <summary>
/// A generated type. <see cref="JsonPointer"/> is where the schema is in the spec (shown in the docs). <see cref="File"/>
/// is the component schema the type belongs to: a schema, the types defined inline inside it and their converters share
/// one generated file (fewer files keep the compiler's per-file cost down on large specs).
/// </summary>
internal abstract record TypeModel(string Name, string? Description, bool IsDeprecated, string JsonPointer)
{
    public string? File { get; init; }

    public string FileName => File ?? Name;
}

/// <summary>
/// An object schema, emitted as a sealed record with one property per schema property. When the schema also allows
/// other properties (additionalProperties), <see cref="AdditionalProperties"/> is a dictionary that keeps them.
/// </summary>
internal sealed record ObjectModel(
    string Name,
    string? Description,
    bool IsDeprecated,
    string JsonPointer,
    EquatableArray<PropertyModel> Properties,
    PropertyModel? AdditionalProperties = null)
    : TypeModel(Name, Description, IsDeprecated, JsonPointer)
{
    /// <summary>The record this one extends (allOf: [$ref Base, …]), or null.</summary>
    public string? BaseName { get; init; }

    /// <summary>The properties of the records it extends, the furthest first: its converter reads and writes them too.</summary>
    public EquatableArray<PropertyModel> InheritedProperties { get; init; }

    /// <summary>The dictionary that keeps properties no schema in the hierarchy declares: its own, or inherited; null when the schema forbids them.</summary>
    public PropertyModel? UnknownProperties { get; init; }

    /// <summary>Whether other records extend this one (so it is not sealed).</summary>
    public bool HasSubtypes { get; init; }

    /// <summary>How reading this type picks the most derived record: the discriminator property and its values; null when nothing extends it by a discriminator.</summary>
    public PolymorphismModel? Polymorphism { get; init; }

    /// <summary>The discriminator property's wire name and the value a new instance of this record carries, when it is part of a discriminated hierarchy.</summary>
    public (string Property, string Value)? Discriminator { get; init; }

    /// <summary>Every property, inherited first.</summary>
    public System.Collections.Generic.IEnumerable<PropertyModel> AllProperties => System.Linq.Enumerable.Concat(InheritedProperties, Properties);
}

/// <summary>The discriminator property (wire name) and, for each value, the record it selects.</summary>
internal sealed record PolymorphismModel(string PropertyName, EquatableArray<SubtypeModel> Subtypes);

/// <summary>A discriminator value and the record it selects.</summary>
internal sealed record SubtypeModel(string Value, string TypeName);

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
    bool IsWriteOnly,
    string? DefaultValue = null)
{
    /// <summary>The name of the local that holds the property's value in its converter's methods.</summary>
    public string LocalName { get; init; } = string.Empty;
}

/// <summary>
/// An enum schema, emitted as a readonly struct around the wire value with one static property per listed value.
/// Unlike a C# enum it accepts values the spec does not list (services add values over time) and writes them back unchanged.
/// </summary>
internal sealed record EnumModel(
    string Name,
    string? Description,
    bool IsDeprecated,
    string JsonPointer,
    EnumKind Kind,
    EquatableArray<EnumMemberModel> Members)
    : TypeModel(Name, Description, IsDeprecated, JsonPointer)
{
    public bool IsInteger => Kind == EnumKind.Integer;

    /// <summary>Whether the wire value is a JSON number (integer or not).</summary>
    public bool IsNumeric => Kind != EnumKind.String;
}

/// <summary>One listed enum value: its C# property name and its exact wire value (JSON text for integers).</summary>
/// <summary>What an enum's values are on the wire.</summary>
internal enum EnumKind
{
    String,
    Integer,
    Number,
}

internal sealed record EnumMemberModel(string Name, string Value, string? Description);

/// <summary>
/// A oneOf/anyOf schema, emitted as a record with one nullable property per alternative (the one that matched is set)
/// and <c>Unknown</c> holding the JSON as received when no alternative matches, so nothing is lost.
/// With a discriminator the alternative is chosen by the discriminator property; without, by the JSON's shape.
/// </summary>
internal sealed record UnionModel(
    string Name,
    string? Description,
    bool IsDeprecated,
    string JsonPointer,
    string? DiscriminatorProperty,
    EquatableArray<UnionVariantModel> Variants)
    : TypeModel(Name, Description, IsDeprecated, JsonPointer);

/// <summary>One alternative of a union: its property name, type and the discriminator values that select it.</summary>
internal sealed record UnionVariantModel(string Name, TypeRef Type, EquatableArray<string> DiscriminatorValues);
