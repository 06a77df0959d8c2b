using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// C# expressions that read or write one value with the runtime helpers. Generated types are read by their own
/// converter's static ReadValue/WriteValue (no lookup through JsonSerializerOptions, no reflection).
/// </summary>
internal static class JsonExpressions
{
    private const string ReaderType = "global::System.Text.Json.Utf8JsonReader";

    public static string Read(TypeRef type, bool nullable, string jsonName, string reader = "reader", int depth = 0)
    {
        var name = CSharpLiteral.String(jsonName);
        var expression = type.Kind switch
        {
            TypeRefKind.Primitive or TypeRefKind.Any =>
                $"JsonReading.Read{(nullable ? "Nullable" : string.Empty)}{CSharpTypes.PrimitiveSuffix(type)}(ref {reader}, {name})",
            TypeRefKind.Named => $"{type.Name}JsonConverter.ReadValue(ref {reader})",
            TypeRefKind.Array => $"JsonReading.ReadList(ref {reader}, {name}, {ElementReader(type.Element!, jsonName + "[]", depth)})",
            _ => $"JsonReading.ReadDictionary(ref {reader}, {name}, {ElementReader(type.Element!, jsonName + "{}", depth)})",
        };

        // The primitive readers handle null themselves; for the rest, a JSON null is checked here.
        var needsNullCheck = nullable && type.Kind is TypeRefKind.Named or TypeRefKind.Array or TypeRefKind.Map;
        if (needsNullCheck && type.IsValueType)
        {
            expression = $"({type.Name}?){expression}";
        }

        return needsNullCheck ? $"{reader}.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : {expression}" : expression;
    }

    public static string Write(TypeRef type, string value, string writer = "writer", int depth = 0) => type.Kind switch
    {
        TypeRefKind.Primitive or TypeRefKind.Any => $"JsonWriting.Write{CSharpTypes.PrimitiveSuffix(type)}({writer}, {value})",
        TypeRefKind.Named => $"{type.Name}JsonConverter.WriteValue({writer}, {value})",
        TypeRefKind.Array => $"JsonWriting.WriteList({writer}, {value}, {ElementWriter(type.Element!, depth)})",
        _ => $"JsonWriting.WriteDictionary({writer}, {value}, {ElementWriter(type.Element!, depth)})",
    };

    private static string ElementReader(TypeRef element, string jsonName, int depth)
    {
        if (element.Kind == TypeRefKind.Named)
        {
            return $"{element.Name}JsonConverter.ReadValue";
        }

        var reader = "itemReader" + (depth == 0 ? string.Empty : (depth + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"static (ref {ReaderType} {reader}) => {Read(element, false, jsonName, reader, depth + 1)}";
    }

    private static string ElementWriter(TypeRef element, int depth)
    {
        switch (element.Kind)
        {
            case TypeRefKind.Named:
                return $"{element.Name}JsonConverter.WriteValue";
            case TypeRefKind.Primitive:
            case TypeRefKind.Any:
                return $"JsonWriting.Write{CSharpTypes.PrimitiveSuffix(element)}";
            default:
                var suffix = depth == 0 ? string.Empty : (depth + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return $"static (itemWriter{suffix}, item{suffix}) => {Write(element, "item" + suffix, "itemWriter" + suffix, depth + 1)}";
        }
    }
}
