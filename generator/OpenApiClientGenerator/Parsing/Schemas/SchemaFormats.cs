using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing.Schemas;

/// <summary>Which .NET primitive a schema's <c>type</c> and <c>format</c> mean.</summary>
internal static class SchemaFormats
{
    public static PrimitiveType OfString(string? format) => format switch
    {
        "date-time" => PrimitiveType.DateTimeOffset,
        "date-time-rfc1123" => PrimitiveType.DateTimeRfc1123,
        "date" => PrimitiveType.DateOnly,
        "time" => PrimitiveType.TimeOnly,
        "duration" => PrimitiveType.TimeSpan,
        "uuid" or "guid" => PrimitiveType.Guid,
        "uri" or "uri-reference" or "url" => PrimitiveType.Uri,
        "byte" => PrimitiveType.Bytes,
        "base64url" => PrimitiveType.Base64Url,
        _ => PrimitiveType.String,
    };

    public static PrimitiveType OfInteger(string? format) => format switch
    {
        "int32" => PrimitiveType.Int32,
        "unixtime" => PrimitiveType.UnixTime,
        _ => PrimitiveType.Int64,
    };

    public static PrimitiveType OfNumber(string? format) => format switch
    {
        "float" => PrimitiveType.Single,
        "decimal" => PrimitiveType.Decimal,
        "int32" => PrimitiveType.Int32,
        "int64" => PrimitiveType.Int64,
        _ => PrimitiveType.Double,
    };
}
