namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The JsonConverter members every generated converter has: Read and Write forward to the static ReadValue/WriteValue,
/// which generated code calls directly (no options lookup); Read shares repeated strings within the document, as the
/// client does within a response. Followed by a blank line.
/// </summary>
internal static class ConverterOverrides
{
    public const string Reader = "ref global::System.Text.Json.Utf8JsonReader reader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter writer";

    public static void Emit(SourceWriter writer, string typeName)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override {typeName} Read({Reader}, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => {RuntimeTypes.JsonStringCache}.Read(ref reader, ReadValue);");
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public override void Write({Writer}, {typeName} value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
        writer.Line();
    }
}
