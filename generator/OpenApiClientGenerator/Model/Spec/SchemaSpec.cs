using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Model.Spec;

/// <summary>
/// A schema that becomes a generated type. <see cref="Id"/> is its JSON pointer (unique in the spec and the documents it
/// refers to), <see cref="Name"/> says where its name comes from, <see cref="Owner"/> is the component schema or path its
/// definition sits in (types are laid out in files by owner).
/// </summary>
internal abstract record SchemaSpec(string Id, NameHint Name, SchemaOwner Owner, string? Description, bool IsDeprecated);

/// <summary>
/// An object schema: its declared properties (without those of the schema it extends), and what other properties may hold
/// (null when the schema forbids others). <see cref="BaseId"/> is the schema it extends (<c>allOf: [$ref Base, …]</c>);
/// <see cref="Discriminator"/> the property that tells the schemas extending it apart, and <see cref="DiscriminatorValue"/>
/// the value this schema declares for its own (x-ms-discriminator-value).
/// </summary>
internal sealed record ObjectSchemaSpec(
    string Id,
    NameHint Name,
    SchemaOwner Owner,
    string? Description,
    bool IsDeprecated,
    EquatableArray<PropertySpec> Properties,
    SchemaRef? AdditionalProperties,
    string? BaseId = null,
    DiscriminatorSpec? Discriminator = null,
    string? DiscriminatorValue = null)
    : SchemaSpec(Id, Name, Owner, Description, IsDeprecated);

/// <summary>A discriminator: the property, and the values its mapping gives to schemas (by id).</summary>
internal sealed record DiscriminatorSpec(string PropertyName, EquatableArray<DiscriminatorMapping> Mapping);

/// <summary>One mapping entry: the discriminator value and the schema it selects.</summary>
internal sealed record DiscriminatorMapping(string Value, string SchemaId);

/// <summary>One declared property; <see cref="ClientName"/> is the name the spec asks code to give it (x-ms-client-name).</summary>
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
    string? ClientName = null);

/// <summary>An enum schema (string, integer or number values, or a const).</summary>
internal sealed record EnumSchemaSpec(
    string Id,
    NameHint Name,
    SchemaOwner Owner,
    string? Description,
    bool IsDeprecated,
    EnumKind Kind,
    EquatableArray<EnumValueSpec> Values)
    : SchemaSpec(Id, Name, Owner, Description, IsDeprecated)
{
    public bool IsInteger => Kind == EnumKind.Integer;
}

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
