using System.Globalization;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// C# expressions that read or write one value. Generated objects and unions are read by their own converter's static
/// ReadValue/WriteValue, enums by the runtime's generic readers, primitives by the runtime's typed readers and by
/// <c>Utf8JsonWriter</c>'s own methods (no lookup through JsonSerializerOptions, no reflection).
/// </summary>
internal static class JsonExpressions
{
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";

    /// <param name="strings">
    /// The local holding the call's shared strings (<see cref="IsSharedString"/>), which a converter asks for once per
    /// object; without it a string asks for them itself.
    /// </param>
    public static string Read(TypeCatalog types, TypeRef type, bool nullable, string jsonName, string reader = "reader", int depth = 0, string? strings = null)
    {
        var name = CSharpLiteral.String(jsonName);
        var orNull = nullable ? "Nullable" : string.Empty;
        if (types.Enum(type) is { } model)
        {
            return $"{RuntimeTypes.JsonReading}.Read{orNull}{EnumSuffix(model)}<{type.Name}>(ref {reader}, {name})";
        }

        if (strings is not null && IsSharedString(types, type))
        {
            return $"{RuntimeTypes.JsonReading}.Read{orNull}String(ref {reader}, {strings}, {name})";
        }

        var expression = type.Kind switch
        {
            TypeRefKind.Primitive or TypeRefKind.Any => $"{RuntimeTypes.JsonReading}.Read{orNull}{CSharpTypes.PrimitiveSuffix(type)}(ref {reader}, {name})",
            TypeRefKind.Named => $"{CSharpTypes.Converter(type.Name!)}.ReadValue(ref {reader})",
            TypeRefKind.Array => $"{RuntimeTypes.JsonReading}.ReadList(ref {reader}, {name}, {ValueReader(types, type.Element!, jsonName + "[]", depth)})",
            _ => $"{RuntimeTypes.JsonReading}.ReadDictionary(ref {reader}, {name}, {ValueReader(types, type.Element!, jsonName + "{}", depth)})",
        };

        // The primitive readers handle null themselves; for the rest, a JSON null is checked here.
        return nullable && type.Kind is TypeRefKind.Named or TypeRefKind.Array or TypeRefKind.Map
            ? $"{reader}.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : {expression}"
            : expression;
    }

    /// <summary>A plain string (not an enum): read through the call's shared strings.</summary>
    public static bool IsSharedString(TypeCatalog types, TypeRef type)
        => type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.String } && types.Enum(type) is null;

    /// <summary>A delegate (JsonValueReader) reading one value of <paramref name="type"/>: a converter's ReadValue, or a lambda.</summary>
    public static string ValueReader(TypeCatalog types, TypeRef type, string jsonName, int depth = 0)
    {
        if (type.Kind == TypeRefKind.Named && types.Enum(type) is null)
        {
            return $"{CSharpTypes.Converter(type.Name!)}.ReadValue";
        }

        var reader = "itemReader" + Depth(depth);
        return $"static (ref {ReaderType} {reader}) => {Read(types, type, false, jsonName, reader, depth + 1)}";
    }

    /// <summary>
    /// A statement writing the property <paramref name="utf8Name"/> (a u8 literal) with <paramref name="value"/>: the
    /// writer's own method where it has one, else the value's writer.
    /// </summary>
    public static string WriteProperty(TypeCatalog types, TypeRef type, string utf8Name, string value)
    {
        if (types.Enum(type) is { } model)
        {
            return model.IsNumeric ? $"writer.WriteNumber({utf8Name}, {value}.Value)" : $"writer.WriteString({utf8Name}, {value}.Value)";
        }

        switch (type.Kind)
        {
            case TypeRefKind.Array:
                return $"{RuntimeTypes.JsonWriting}.WriteList(writer, {utf8Name}, {value}, {ValueWriter(types, type.Element!)})";
            case TypeRefKind.Map:
                return $"{RuntimeTypes.JsonWriting}.WriteDictionary(writer, {utf8Name}, {value}, {ValueWriter(types, type.Element!)})";
            case TypeRefKind.Named:
            case TypeRefKind.Any:
                return $"{RuntimeTypes.JsonWriting}.Property(writer, {utf8Name}, {value}, {ValueWriter(types, type)})";
        }

        return type.Primitive switch
        {
            PrimitiveType.String or PrimitiveType.Guid => $"writer.WriteString({utf8Name}, {value})",
            PrimitiveType.DateTimeOffset => $"{RuntimeTypes.JsonWriting}.WriteDateTimeOffset(writer, {utf8Name}, {value})",
            PrimitiveType.Uri => $"writer.WriteString({utf8Name}, {value}.OriginalString)",
            PrimitiveType.Boolean => $"writer.WriteBoolean({utf8Name}, {value})",
            PrimitiveType.Int32 or PrimitiveType.Int64 or PrimitiveType.Single or PrimitiveType.Double or PrimitiveType.Decimal => $"writer.WriteNumber({utf8Name}, {value})",
            PrimitiveType.Bytes => $"writer.WriteBase64String({utf8Name}, {value})",
            _ => $"{RuntimeTypes.JsonWriting}.Property(writer, {utf8Name}, {value}, {ValueWriter(types, type)})",
        };
    }

    /// <summary>A statement writing <paramref name="value"/> (no property name).</summary>
    public static string Write(TypeCatalog types, TypeRef type, string value, string writer = "writer", int depth = 0)
    {
        if (types.Enum(type) is { } model)
        {
            return model.IsNumeric ? $"{writer}.WriteNumberValue({value}.Value)" : $"{writer}.WriteStringValue({value}.Value)";
        }

        return type.Kind switch
        {
            TypeRefKind.Primitive or TypeRefKind.Any => $"{RuntimeTypes.JsonWriting}.Write{CSharpTypes.PrimitiveSuffix(type)}({writer}, {value})",
            TypeRefKind.Named => $"{CSharpTypes.Converter(type.Name!)}.WriteValue({writer}, {value})",
            TypeRefKind.Array => $"{RuntimeTypes.JsonWriting}.WriteList({writer}, {value}, {ValueWriter(types, type.Element!, depth)})",
            _ => $"{RuntimeTypes.JsonWriting}.WriteDictionary({writer}, {value}, {ValueWriter(types, type.Element!, depth)})",
        };
    }

    /// <summary>A delegate (JsonValueWriter) writing one value of <paramref name="type"/>.</summary>
    public static string ValueWriter(TypeCatalog types, TypeRef type, int depth = 0)
    {
        if (types.Enum(type) is { } model)
        {
            return $"{RuntimeTypes.JsonWriting}.Write{EnumSuffix(model)}<{type.Name}>";
        }

        switch (type.Kind)
        {
            case TypeRefKind.Named:
                return $"{CSharpTypes.Converter(type.Name!)}.WriteValue";
            case TypeRefKind.Primitive:
            case TypeRefKind.Any:
                return $"{RuntimeTypes.JsonWriting}.Write{CSharpTypes.PrimitiveSuffix(type)}";
            default:
                var suffix = Depth(depth);
                return $"static (itemWriter{suffix}, item{suffix}) => {Write(types, type, "item" + suffix, "itemWriter" + suffix, depth + 1)}";
        }
    }

    private static string EnumSuffix(EnumModel model) => model.Kind switch { EnumKind.Integer => "Int64Enum", EnumKind.Number => "DoubleEnum", _ => "StringEnum" };

    private static string Depth(int depth) => depth == 0 ? string.Empty : (depth + 1).ToString(CultureInfo.InvariantCulture);
}
