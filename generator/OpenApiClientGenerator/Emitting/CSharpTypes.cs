using System;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>How model types are spelled in generated C#. Generated types are named plainly; framework types with global::.</summary>
internal static class CSharpTypes
{
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

    /// <summary>The suffix of the JsonReading/JsonWriting/UriFormatting method for a primitive ("Int64").</summary>
    public static string PrimitiveSuffix(TypeRef type) => type.Kind == TypeRefKind.Any ? "JsonElement" : type.Primitive.ToString();

    private static string Primitive(PrimitiveType primitive) => primitive switch
    {
        PrimitiveType.String => "string",
        PrimitiveType.Boolean => "bool",
        PrimitiveType.Int32 => "int",
        PrimitiveType.Int64 => "long",
        PrimitiveType.Single => "float",
        PrimitiveType.Double => "double",
        PrimitiveType.Decimal => "decimal",
        PrimitiveType.DateTimeOffset => "global::System.DateTimeOffset",
        PrimitiveType.DateOnly => "global::System.DateOnly",
        PrimitiveType.TimeOnly => "global::System.TimeOnly",
        PrimitiveType.TimeSpan => "global::System.TimeSpan",
        PrimitiveType.Guid => "global::System.Guid",
        PrimitiveType.Uri => "global::System.Uri",
        PrimitiveType.Bytes => "byte[]",
        PrimitiveType.Stream => "global::System.IO.Stream",
        _ => throw new ArgumentOutOfRangeException(nameof(primitive), primitive, null),
    };
}
