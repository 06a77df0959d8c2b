using System;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>How model types are spelled in generated C#. Generated types are named plainly; framework types with global::.</summary>
internal static class CSharpTypes
{
    /// <summary>HTTP headers as the runtime hands them over (responses, pages, exceptions): values by case-insensitive name.</summary>
    public const string HeaderMap = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";

    public static string Name(TypeRef type) => type.Kind switch
    {
        TypeRefKind.Primitive => Primitive(type.Primitive),
        TypeRefKind.Named => type.Name!,
        TypeRefKind.Array => $"global::System.Collections.Generic.IReadOnlyList<{Name(type.Element!)}>",
        TypeRefKind.Map => $"global::System.Collections.Generic.IReadOnlyDictionary<string, {Name(type.Element!)}>",
        _ => "global::System.Text.Json.JsonElement",
    };

    /// <summary>The type with '?' when the value may be absent or null.</summary>
    public static string Name(TypeRef type, bool nullable) => nullable ? Name(type) + "?" : Name(type);

    public static string Property(PropertyModel property) => Name(property.Type, IsNullable(property));

    /// <summary>Optional properties are nullable (absent reads as null); required ones only when the schema allows null.</summary>
    public static bool IsNullable(PropertyModel property) => !property.IsRequired || property.IsNullable;

    public static string Parameter(ParameterModel parameter) => Name(parameter.Type, !parameter.IsRequired);

    /// <summary>The converter class of a generated object or union (enums share the runtime's generic converters).</summary>
    public static string Converter(string typeName) => typeName + "JsonConverter";

    /// <summary>The suffix of the JsonReading/JsonWriting/HeaderReading method for a primitive ("Int64").</summary>
    public static string PrimitiveSuffix(TypeRef type) => type.Kind == TypeRefKind.Any ? "JsonElement" : type.Primitive.ToString();

    /// <summary>
    /// The UriFormatting method for a primitive: <c>Format</c>, overloaded by C# type, or <c>Format</c> + the format's name
    /// for a format that shares its C# type with another (an RFC 1123 or Unix date-time, base64url bytes).
    /// </summary>
    public static string FormatMethod(TypeRef type)
        => type.Kind == TypeRefKind.Primitive && type.Primitive is PrimitiveType.DateTimeRfc1123 or PrimitiveType.UnixTime or PrimitiveType.Base64Url
            ? "Format" + type.Primitive
            : "Format";

    private static string Primitive(PrimitiveType primitive) => primitive switch
    {
        PrimitiveType.String => "string",
        PrimitiveType.Boolean => "bool",
        PrimitiveType.Int32 => "int",
        PrimitiveType.Int64 => "long",
        PrimitiveType.Single => "float",
        PrimitiveType.Double => "double",
        PrimitiveType.Decimal => "decimal",
        PrimitiveType.DateTimeOffset or PrimitiveType.DateTimeRfc1123 or PrimitiveType.UnixTime => "global::System.DateTimeOffset",
        PrimitiveType.DateOnly => "global::System.DateOnly",
        PrimitiveType.TimeOnly => "global::System.TimeOnly",
        PrimitiveType.TimeSpan => "global::System.TimeSpan",
        PrimitiveType.Guid => "global::System.Guid",
        PrimitiveType.Uri => "global::System.Uri",
        PrimitiveType.Bytes or PrimitiveType.Base64Url => "byte[]",
        PrimitiveType.Stream => "global::System.IO.Stream",
        _ => throw new ArgumentOutOfRangeException(nameof(primitive), primitive, null),
    };
}
