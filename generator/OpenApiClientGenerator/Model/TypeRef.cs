namespace OpenApiClientGenerator.Model;

internal enum TypeRefKind
{
    /// <summary>A .NET primitive such as string, long or DateTimeOffset.</summary>
    Primitive,

    /// <summary>A generated model or enum.</summary>
    Named,

    /// <summary>A JSON array, as IReadOnlyList of the element type.</summary>
    Array,

    /// <summary>A JSON object with arbitrary keys, as IReadOnlyDictionary from string to the element type.</summary>
    Map,

    /// <summary>Any JSON value, kept as a JsonElement.</summary>
    Any,
}

internal enum PrimitiveType
{
    None,
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,
    Bytes,

    /// <summary>Raw content (format: binary outside JSON): a file to upload or download.</summary>
    Stream,

    /// <summary>A DateTimeOffset written as an HTTP date (format: date-time-rfc1123): <c>Fri, 31 Dec 9999 23:59:59 GMT</c>.</summary>
    DateTimeRfc1123,

    /// <summary>A DateTimeOffset written as seconds since 1970-01-01T00:00:00Z (integer format: unixtime).</summary>
    UnixTime,

    /// <summary>Bytes written as unpadded URL-safe base64 (format: base64url).</summary>
    Base64Url,
}

/// <summary>A reference to a type from a property, parameter or response.</summary>
internal sealed record TypeRef(TypeRefKind Kind, PrimitiveType Primitive = PrimitiveType.None, string? Name = null, bool IsValueType = false, TypeRef? Element = null)
{
    public static readonly TypeRef Any = new(TypeRefKind.Any, IsValueType: true);

    public static TypeRef Of(PrimitiveType primitive) => new(TypeRefKind.Primitive, primitive, IsValueType: IsPrimitiveValueType(primitive));

    public static TypeRef Named(string name, bool isValueType) => new(TypeRefKind.Named, Name: name, IsValueType: isValueType);

    public static TypeRef ArrayOf(TypeRef element) => new(TypeRefKind.Array, Element: element);

    public static TypeRef MapOf(TypeRef element) => new(TypeRefKind.Map, Element: element);

    private static bool IsPrimitiveValueType(PrimitiveType primitive)
        => primitive is not (PrimitiveType.String or PrimitiveType.Uri or PrimitiveType.Bytes or PrimitiveType.Base64Url or PrimitiveType.Stream);
}
