using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the converter of a model: static ReadValue/WriteValue over Utf8JsonReader/Utf8JsonWriter, with property
/// names matched as UTF-8 bytes (switch on length, then compare) and unknown properties skipped.
/// It is also a JsonConverter, so JsonSerializer uses it for the model.
/// </summary>
internal static class JsonConverterEmitter
{
    private const string Reader = ConverterOverrides.Reader;
    private const string Writer = ConverterOverrides.Writer;

    public static void Write(SourceWriter writer, ObjectModel model)
    {
        var converter = model.Name + "JsonConverter";
        DocComments.SummaryXml(writer, $"Reads and writes <see cref=\"{model.Name}\"/> as JSON, without reflection.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial class {converter} : global::System.Text.Json.Serialization.JsonConverter<{model.Name}>"))
        {
            foreach (var property in model.Properties)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {property.Name}PropertyName = global::System.Text.Json.JsonEncodedText.Encode({CSharpLiteral.String(property.JsonName)});");
            }

            if (model.Properties.Count > 0)
            {
                writer.Line();
            }

            ConverterOverrides.Emit(writer, model.Name);
            EmitRead(writer, model);
            writer.Line();
            EmitWrite(writer, model);
        }

    }

    private static void EmitRead(SourceWriter writer, ObjectModel model)
    {
        var locals = Locals.For(model);
        DocComments.SummaryXml(writer, $"Reads a <see cref=\"{model.Name}\"/> from the JSON object the reader is on.");
        using (writer.Block($"public static {model.Name} ReadValue({Reader})"))
        {
            writer.Line($"JsonReading.ExpectStartObject(ref reader, {CSharpLiteral.String(model.Name)});");
            foreach (var property in model.Properties)
            {
                writer.Line($"{CSharpTypes.Name(property.Type, nullable: !property.Type.IsValueType || CSharpTypes.IsNullable(property))} {locals[property].Value} = default;");
                if (NeedsPresenceFlag(property))
                {
                    writer.Line($"var {locals[property].Flag} = false;");
                }
            }

            if (model.AdditionalProperties is { } extraProperty)
            {
                writer.Line($"global::System.Collections.Generic.Dictionary<string, {CSharpTypes.Name(extraProperty.Type.Element!)}>? {locals[extraProperty].Value} = null;");
            }

            using (writer.Block("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)"))
            {
                if (model.Properties.Count > 0 || model.AdditionalProperties is not null)
                {
                    writer.Line("var name = JsonReading.GetPropertyName(ref reader);");
                }

                writer.Line("reader.Read();");
                if (model.Properties.Count > 0)
                {
                    EmitPropertySwitch(writer, model, locals);
                    writer.Line();
                }

                if (model.AdditionalProperties is { } extra)
                {
                    var local = locals[extra].Value;
                    writer.Line($"{local} ??= new global::System.Collections.Generic.Dictionary<string, {CSharpTypes.Name(extra.Type.Element!)}>(global::System.StringComparer.Ordinal);");
                    writer.Line($"{local}[global::System.Text.Encoding.UTF8.GetString(name)] = {JsonExpressions.Read(extra.Type.Element!, false, "additionalProperties")};");
                }
                else
                {
                    writer.Line("reader.Skip();");
                }
            }

            writer.Line();
            EmitConstruction(writer, model, locals);
        }
    }

    /// <summary>A switch on the name's length, then a byte comparison: no strings are allocated to find a property.</summary>
    private static void EmitPropertySwitch(SourceWriter writer, ObjectModel model, Locals locals)
    {
        var byLength = model.Properties
            .GroupBy(property => System.Text.Encoding.UTF8.GetByteCount(property.JsonName))
            .OrderBy(group => group.Key);
        using (writer.Block("switch (name.Length)"))
        {
            foreach (var group in byLength)
            {
                writer.Line($"case {group.Key}:");
                writer.OpenBlock();
                foreach (var property in group)
                {
                    using (writer.Block($"if (name.SequenceEqual({CSharpLiteral.Utf8(property.JsonName)}))"))
                    {
                        writer.Line($"{locals[property].Value} = {JsonExpressions.Read(property.Type, CSharpTypes.IsNullable(property), property.JsonName)};");
                        if (NeedsPresenceFlag(property))
                        {
                            writer.Line($"{locals[property].Flag} = true;");
                        }

                        writer.Line("continue;");
                    }
                }

                writer.Line("break;");
                writer.CloseBlock();
            }
        }
    }

    private static void EmitConstruction(SourceWriter writer, ObjectModel model, Locals locals)
    {
        var typeName = CSharpLiteral.String(model.Name);
        foreach (var property in model.Properties.Where(NeedsPresenceFlag))
        {
            using (writer.Block($"if (!{locals[property].Flag})"))
            {
                writer.Line($"throw JsonReading.MissingProperty({CSharpLiteral.String(property.JsonName)}, {typeName});");
            }

            writer.Line();
        }

        if (model.Properties.Count == 0)
        {
            writer.Line($"return new {model.Name}();");
            return;
        }

        writer.Line($"return new {model.Name}");
        writer.OpenBlock();
        foreach (var property in model.Properties)
        {
            writer.Line($"{property.Name} = {ConstructionValue(property, locals[property].Value, typeName)},");
        }

        if (model.AdditionalProperties is { } extra)
        {
            writer.Line($"{extra.Name} = {locals[extra].Value},");
        }

        writer.CloseBlock("};");
    }

    /// <summary>A required, non-nullable value: value types were checked by their flag; references must not be null.</summary>
    private static string ConstructionValue(PropertyModel property, string local, string typeName)
        => CSharpTypes.IsNullable(property) || property.Type.IsValueType
            ? local
            : $"{local} ?? throw JsonReading.MissingProperty({CSharpLiteral.String(property.JsonName)}, {typeName})";

    /// <summary>A required value type cannot use null for "not seen", so it gets a flag.</summary>
    private static bool NeedsPresenceFlag(PropertyModel property) => property.IsRequired && property.Type.IsValueType && !property.IsNullable;

    private static void EmitWrite(SourceWriter writer, ObjectModel model)
    {
        var locals = Locals.For(model);
        DocComments.SummaryXml(writer, $"Writes a <see cref=\"{model.Name}\"/> as a JSON object; absent optional values are left out.");
        using (writer.Block($"public static void WriteValue({Writer}, {model.Name} value)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line("writer.WriteStartObject();");
            foreach (var property in model.Properties)
            {
                var access = "value." + property.Name;
                if (!CSharpTypes.IsNullable(property))
                {
                    writer.Line($"writer.WritePropertyName({property.Name}PropertyName);");
                    writer.Line(JsonExpressions.Write(property.Type, access) + ";");
                    continue;
                }

                var local = locals[property].Value;
                using (writer.Block($"if ({access} is {{ }} {local})"))
                {
                    writer.Line($"writer.WritePropertyName({property.Name}PropertyName);");
                    writer.Line(JsonExpressions.Write(property.Type, local) + ";");
                }

                if (property.IsRequired)
                {
                    // Required but nullable: the property must be present, so null is written out.
                    using (writer.Block("else"))
                    {
                        writer.Line($"writer.WriteNull({property.Name}PropertyName);");
                    }
                }
            }

            if (model.AdditionalProperties is { } extra)
            {
                using (writer.Block($"if (value.{extra.Name} is {{ }} {locals[extra].Value})"))
                using (writer.Block($"foreach (var pair in {locals[extra].Value})"))
                {
                    writer.Line("writer.WritePropertyName(pair.Key);");
                    writer.Line(JsonExpressions.Write(extra.Type.Element!, "pair.Value") + ";");
                }
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    /// <summary>The local variable names of a converter's methods, one value (and flag) per property, clashing with nothing.</summary>
    private sealed class Locals
    {
        private readonly Dictionary<PropertyModel, (string Value, string Flag)> _names = new();

        public (string Value, string Flag) this[PropertyModel property] => _names[property];

        public static Locals For(ObjectModel model)
        {
            var scope = new Naming.NameScope(System.StringComparer.Ordinal, new[] { "reader", "writer", "value", "name", "options", "typeToConvert", "pair" });
            var locals = new Locals();
            var all = model.AdditionalProperties is { } extra ? model.Properties.Concat(new[] { extra }) : model.Properties;
            foreach (var property in all)
            {
                var camel = Naming.Identifiers.ToCamelCase(property.Name);
                var value = scope.Take(camel);
                var flag = NeedsPresenceFlag(property) ? scope.Take(Naming.Identifiers.Bare(value) + "Found") : string.Empty;
                locals._names[property] = (value, flag);
            }

            return locals;
        }
    }
}
