using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the converter of a model: static ReadValue/WriteValue over Utf8JsonReader/Utf8JsonWriter, one line per
/// property each way. Names are matched as UTF-8 bytes (a switch on the length, then a comparison), so finding a
/// property allocates nothing; unknown properties are skipped. It is also a JsonConverter, so JsonSerializer uses it.
/// </summary>
internal static class JsonConverterEmitter
{
    private const string Reader = ConverterOverrides.Reader;
    private const string Writer = ConverterOverrides.Writer;

    public static void Write(SourceWriter writer, TypeCatalog types, ObjectModel model)
    {
        DocComments.SummaryXml(writer, $"Reads and writes <see cref=\"{model.Name}\"/> as JSON, without reflection.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial class {CSharpTypes.Converter(model.Name)} : global::System.Text.Json.Serialization.JsonConverter<{model.Name}>"))
        {
            ConverterOverrides.Emit(writer, model.Name);
            var locals = Locals.For(model);
            EmitRead(writer, types, model, locals);
            writer.Line();
            EmitWrite(writer, types, model, locals);
        }
    }

    private static void EmitRead(SourceWriter writer, TypeCatalog types, ObjectModel model, Locals locals)
    {
        DocComments.SummaryXml(writer, $"Reads a <see cref=\"{model.Name}\"/> from the JSON object the reader is on.");
        using (writer.Block($"public static {model.Name} ReadValue({Reader})"))
        {
            writer.Line($"{RuntimeTypes.JsonReading}.ExpectStartObject(ref reader, {CSharpLiteral.String(model.Name)});");

            // Every local is nullable: null until the property is read, so a missing required one is found at the end.
            foreach (var property in model.Properties)
            {
                writer.Line($"{CSharpTypes.Name(property.Type, nullable: true)} {locals[property]} = null;");
            }

            if (model.AdditionalProperties is { } extra)
            {
                writer.Line($"global::System.Collections.Generic.Dictionary<string, {CSharpTypes.Name(extra.Type.Element!)}>? {locals[extra]} = null;");
            }

            using (writer.Block("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)"))
            {
                if (model.Properties.Count > 0 || model.AdditionalProperties is not null)
                {
                    writer.Line($"var name = {RuntimeTypes.JsonReading}.GetPropertyName(ref reader);");
                }

                writer.Line("reader.Read();");
                if (model.Properties.Count > 0)
                {
                    using (writer.Block("switch (name.Length)"))
                    {
                        foreach (var property in model.Properties.OrderBy(property => System.Text.Encoding.UTF8.GetByteCount(property.JsonName)))
                        {
                            var read = JsonExpressions.Read(types, property.Type, CSharpTypes.IsNullable(property), property.JsonName);
                            writer.Line($"case {System.Text.Encoding.UTF8.GetByteCount(property.JsonName)} when name.SequenceEqual({CSharpLiteral.Utf8(property.JsonName)}): {locals[property]} = {read}; continue;");
                        }
                    }

                    writer.Line();
                }

                writer.Line(model.AdditionalProperties is { } additional
                    ? $"{RuntimeTypes.JsonReading}.ReadAdditional(ref reader, name, ref {locals[additional]}, {JsonExpressions.ValueReader(types, additional.Type.Element!, "additionalProperties")});"
                    : "reader.Skip();");
            }

            writer.Line();
            EmitConstruction(writer, model, locals);
        }
    }

    private static void EmitConstruction(SourceWriter writer, ObjectModel model, Locals locals)
    {
        if (model.Properties.Count == 0 && model.AdditionalProperties is null)
        {
            writer.Line($"return new {model.Name}();");
            return;
        }

        writer.Line($"return new {model.Name}");
        writer.OpenBlock();
        foreach (var property in model.Properties)
        {
            // A required value that may not be null: absent (or null) is an error naming it.
            var value = CSharpTypes.IsNullable(property)
                ? locals[property]
                : $"{locals[property]} ?? throw {RuntimeTypes.JsonReading}.MissingProperty({CSharpLiteral.String(property.JsonName)}, {CSharpLiteral.String(model.Name)})";
            writer.Line($"{property.Name} = {value},");
        }

        if (model.AdditionalProperties is { } extra)
        {
            writer.Line($"{extra.Name} = {locals[extra]},");
        }

        writer.CloseBlock("};");
    }

    private static void EmitWrite(SourceWriter writer, TypeCatalog types, ObjectModel model, Locals locals)
    {
        DocComments.SummaryXml(writer, $"Writes a <see cref=\"{model.Name}\"/> as a JSON object; absent optional values are left out.");
        using (writer.Block($"public static void WriteValue({Writer}, {model.Name} value)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                var name = CSharpLiteral.Utf8(property.JsonName);
                if (!CSharpTypes.IsNullable(property))
                {
                    writer.Line(JsonExpressions.WriteProperty(types, property.Type, name, "value." + property.Name) + ";");
                    continue;
                }

                var local = locals[property];
                var write = $"if (value.{property.Name} is {{ }} {local}) {JsonExpressions.WriteProperty(types, property.Type, name, local)};";

                // Required but nullable: the property must be present, so null is written out.
                writer.Line(property.IsRequired ? $"{write} else writer.WriteNull({name});" : write);
            }

            if (model.AdditionalProperties is { } extra)
            {
                writer.Line($"{RuntimeTypes.JsonWriting}.WriteAdditional(writer, value.{extra.Name}, {JsonExpressions.ValueWriter(types, extra.Type.Element!)});");
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    /// <summary>The local variable name of each property in a converter's methods, clashing with nothing.</summary>
    private sealed class Locals
    {
        private readonly Dictionary<PropertyModel, string> _names = new();

        public string this[PropertyModel property] => _names[property];

        public static Locals For(ObjectModel model)
        {
            var scope = new Naming.NameScope(System.StringComparer.Ordinal, new[] { "reader", "writer", "value", "name", "options", "typeToConvert" });
            var locals = new Locals();
            var all = model.AdditionalProperties is { } extra ? model.Properties.Concat(new[] { extra }) : model.Properties;
            foreach (var property in all)
            {
                locals._names[property] = scope.Take(Naming.Identifiers.ToCamelCase(property.Name));
            }

            return locals;
        }
    }
}
