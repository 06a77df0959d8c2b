using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Model.Spec;

/// <summary>
/// A schema that becomes a generated type. <see cref="Id"/> is its JSON pointer (unique in the spec and the documents it
/// refers to), <see cref="Name"/> says where its name comes from, <see cref="Owner"/> is the component schema or path its
/// definition sits in (types are laid out in files by owner).
/// </summary>
internal abstract record SchemaSpec(string Id, NameHint Name, SchemaOwner Owner, string? Description, bool IsDeprecated);

/// <summary>An object schema: declared properties, and what other properties may hold (null when none are allowed or known).</summary>
internal sealed record ObjectSchemaSpec(
    string Id,
    NameHint Name,
    SchemaOwner Owner,
    string? Description,
    bool IsDeprecated,
    EquatableArray<PropertySpec> Properties,
    SchemaRef? AdditionalProperties)
    : SchemaSpec(Id, Name, Owner, Description, IsDeprecated);

/// <summary>One declared property; <see cref="ConstantValue"/> is the value of a property that can hold only one (a one-value enum or const).</summary>
internal sealed record PropertySpec(
    string WireName,
    SchemaRef Type,
    bool IsRequired,
    bool IsNullable,
    string? Description,
    bool IsDeprecated,
    bool IsReadOnly,
    bool IsWriteOnly,
    string? DefaultValue,
    string? ConstantValue = null);

/// <summary>An enum schema (string or integer values, or a const).</summary>
internal sealed record EnumSchemaSpec(
    string Id,
    NameHint Name,
    SchemaOwner Owner,
    string? Description,
    bool IsDeprecated,
    bool IsInteger,
    EquatableArray<EnumValueSpec> Values)
    : SchemaSpec(Id, Name, Owner, Description, IsDeprecated);

/// <summary>One enum value: its exact wire text, and the name and description the spec gives it (x-enum-varnames, x-enum-descriptions).</summary>
internal sealed record EnumValueSpec(string Value, string? GivenName, string? Description);

/// <summary>A oneOf/anyOf schema: its alternatives and the property that tells them apart, when it has one.</summary>
internal sealed record UnionSchemaSpec(
    string Id,
    NameHint Name,
    SchemaOwner Owner,
    string? Description,
    bool IsDeprecated,
    string? DiscriminatorProperty,
    EquatableArray<UnionVariantSpec> Variants)
    : SchemaSpec(Id, Name, Owner, Description, IsDeprecated);

/// <summary>One alternative of a union and the discriminator values that select it.</summary>
internal sealed record UnionVariantSpec(SchemaRef Type, EquatableArray<string> DiscriminatorValues);

/// <summary>Where a schema's type name comes from.</summary>
internal enum NameSource
{
    /// <summary>A component schema's key (<c>components/schemas/error_400</c>): named first, in document order.</summary>
    Component,

    /// <summary>A fixed text: a key or file name in another document, a shared parameter's name, an alternative's title.</summary>
    Given,

    /// <summary>Its place: the name of <see cref="NameHint.OwnerSchemaId"/> or <see cref="NameHint.OwnerOperation"/> followed by the words.</summary>
    Place,
}

/// <summary>
/// What a schema is called before C# has a say: its <see cref="Source"/>, the words as the spec has them (a component's
/// key, a property's name, "Item" for an array's items…) and, for a place, whose name they follow.
/// <see cref="Origin"/> says where a rename is reported. The naming pass makes an identifier of it.
/// </summary>
internal sealed record NameHint(NameSource Source, EquatableArray<string> Words, string? OwnerSchemaId = null, string? OwnerOperation = null, NameOrigin? Origin = null)
{
    public static NameHint Component(string key, NameOrigin origin) => new(NameSource.Component, One(key), Origin: origin);

    public static NameHint Given(string name, NameOrigin? origin = null) => new(NameSource.Given, One(name), Origin: origin);

    public static NameHint OfSchema(string ownerSchemaId, string words) => new(NameSource.Place, One(words), OwnerSchemaId: ownerSchemaId);

    public static NameHint OfOperation(string operationKey, string words) => new(NameSource.Place, One(words), OwnerOperation: operationKey);

    /// <summary>The hint of something inside this one ("Item" of an array, "Value" of a map).</summary>
    public NameHint Append(string words)
        => this with { Words = new EquatableArray<string>(System.Linq.Enumerable.Append(Words, words)), Source = Source == NameSource.Component ? NameSource.Given : Source, Origin = null };

    private static EquatableArray<string> One(string word) => new(new[] { word });
}

/// <summary>The name as the spec writes it, and where: a rename (OAG008) is reported there.</summary>
internal sealed record NameOrigin(string Name, string Pointer, LocationInfo Location);

/// <summary>
/// What a schema's definition sits in: a component schema (by id), the first segment of a path (an operation's inline
/// schema), or nothing else (a schema of another document, named on its own).
/// </summary>
internal sealed record SchemaOwner(string? ComponentId, string? PathSegment)
{
    public static readonly SchemaOwner None = new(null, null);
}
