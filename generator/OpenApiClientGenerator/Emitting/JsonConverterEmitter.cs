using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the converter of a model: static ReadValue/WriteValue over Utf8JsonReader/Utf8JsonWriter, one line per
/// property each way (the properties it inherits too). Names are matched as UTF-8 bytes (a switch on the length, then a
/// comparison), so finding a property allocates nothing; properties no schema declares are kept in its
/// AdditionalProperties. A record that others extend reads the record its discriminator selects (wherever the property
/// is in the object) and writes each record as what it is. It is also a JsonConverter, so JsonSerializer uses it.
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
            var descendants = types.Descendants(model);
            EmitReadDispatch(writer, types, model);
            EmitRead(writer, types, model, model.Polymorphism is null ? "ReadValue" : ReadObject);
            writer.Line();
            EmitWriteDispatch(writer, model, descendants);
            EmitWrite(writer, types, model, descendants.Count == 0 ? "WriteValue" : WriteObject);
        }
    }

    /// <summary>The method that reads a record itself, without looking for a more derived one (for records that others extend).</summary>
    private const string ReadObject = "ReadObject";

    /// <summary>The method that writes a record's own properties, whatever the instance's runtime type (for records that others extend).</summary>
    private const string WriteObject = "WriteObject";

    /// <summary>The method that reads <paramref name="type"/> itself: ReadObject when it dispatches further, else ReadValue.</summary>
    private static string ReadItself(ObjectModel type) => CSharpTypes.Converter(type.Name) + "." + (type.Polymorphism is null ? "ReadValue" : ReadObject);

    private static void EmitReadDispatch(SourceWriter writer, TypeCatalog types, ObjectModel model)
    {
        if (model.Polymorphism is not { } polymorphism)
        {
            return;
        }

        DocComments.SummaryXml(writer, $"Reads the record the <c>{DocComments.Escape(polymorphism.PropertyName)}</c> property selects (a <see cref=\"{model.Name}\"/> for any other value), wherever the property is in the object.");
        writer.Line($"public static {model.Name} ReadValue({Reader}) => {RuntimeTypes.JsonReading}.PeekString(reader, {CSharpLiteral.Utf8(polymorphism.PropertyName)}) switch");
        writer.OpenBlock();
        foreach (var subtype in polymorphism.Subtypes)
        {
            var target = types.Object(TypeRef.Named(subtype.TypeName, false))!;
            writer.Line($"{CSharpLiteral.String(subtype.Value)} => {ReadItself(target)}(ref reader),");
        }

        writer.Line($"_ => {ReadObject}(ref reader),");
        writer.CloseBlock("};");
        writer.Line();
    }

    private static void EmitRead(SourceWriter writer, TypeCatalog types, ObjectModel model, string method)
    {
        DocComments.SummaryXml(writer, $"Reads a <see cref=\"{model.Name}\"/> from the JSON object the reader is on.");
        using (writer.Block($"public static {model.Name} {method}({Reader})"))
        {
            writer.Line($"{RuntimeTypes.JsonReading}.ExpectStartObject(ref reader, {CSharpLiteral.String(model.Name)});");

            // Every local is nullable: null until the property is read, so a missing required one is found at the end.
            var properties = model.AllProperties.ToList();
            foreach (var property in properties)
            {
                writer.Line($"{CSharpTypes.Name(property.Type, nullable: true)} {property.LocalName} = null;");
            }

            if (model.UnknownProperties is { } extra)
            {
                writer.Line($"global::System.Collections.Generic.Dictionary<string, {CSharpTypes.Name(extra.Type.Element!)}>? {extra.LocalName} = null;");
            }

            // The call's shared strings, asked for once here rather than by each string property.
            var strings = properties.Any(property => JsonExpressions.IsSharedString(types, property.Type)) ? Naming.ReservedNames.SharedStringsLocal : null;
            if (strings is not null)
            {
                writer.Line($"var {strings} = {RuntimeTypes.JsonStringCache}.Current;");
            }

            using (writer.Block("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)"))
            {
                if (properties.Count > 0 || model.UnknownProperties is not null)
                {
                    writer.Line($"var name = {RuntimeTypes.JsonReading}.GetPropertyName(ref reader);");
                }

                writer.Line("reader.Read();");
                if (properties.Count > 0)
                {
                    using (writer.Block("switch (name.Length)"))
                    {
                        foreach (var property in properties.OrderBy(property => System.Text.Encoding.UTF8.GetByteCount(property.JsonName)))
                        {
                            var read = JsonExpressions.Read(types, property.Type, CSharpTypes.IsNullable(property), property.JsonName, strings: strings);
                            writer.Line($"case {System.Text.Encoding.UTF8.GetByteCount(property.JsonName)} when name.SequenceEqual({CSharpLiteral.Utf8(property.JsonName)}): {property.LocalName} = {read}; continue;");
                        }
                    }

                    writer.Line();
                }

                writer.Line(model.UnknownProperties is { } additional
                    ? $"{RuntimeTypes.JsonReading}.ReadAdditional(ref reader, name, ref {additional.LocalName}, {JsonExpressions.ValueReader(types, additional.Type.Element!, "additionalProperties")});"
                    : "reader.Skip();");
            }

            writer.Line();
            EmitConstruction(writer, model, properties);
        }
    }

    private static void EmitConstruction(SourceWriter writer, ObjectModel model, List<PropertyModel> properties)
    {
        if (properties.Count == 0 && model.UnknownProperties is null)
        {
            writer.Line($"return new {model.Name}();");
            return;
        }

        writer.Line($"return new {model.Name}");
        writer.OpenBlock();
        foreach (var property in properties)
        {
            // A required value that may not be null: absent (or null), it reads leniently as its default, or is an
            // error in a strict reading scope (JsonReading.Missing).
            var missing = property.Type.Kind switch
            {
                TypeRefKind.Array => $"MissingList<{CSharpTypes.Name(property.Type.Element!)}>",
                TypeRefKind.Map => $"MissingMap<{CSharpTypes.Name(property.Type.Element!)}>",
                _ => $"Missing<{CSharpTypes.Name(property.Type)}>",
            };
            var value = CSharpTypes.IsNullable(property)
                ? property.LocalName
                : $"{property.LocalName} ?? {RuntimeTypes.JsonReading}.{missing}({CSharpLiteral.String(property.JsonName)}, {CSharpLiteral.String(model.Name)})";
            writer.Line($"{property.Name} = {value},");
        }

        if (model.UnknownProperties is { } extra)
        {
            writer.Line($"{extra.Name} = {extra.LocalName},");
        }

        writer.CloseBlock("};");
    }

    /// <summary>Writes an instance as the record it is: each record extending this one by its own converter, most derived first.</summary>
    private static void EmitWriteDispatch(SourceWriter writer, ObjectModel model, IReadOnlyList<ObjectModel> descendants)
    {
        if (descendants.Count == 0)
        {
            return;
        }

        DocComments.SummaryXml(writer, $"Writes a <see cref=\"{model.Name}\"/>, or the record extending it that the instance is, as a JSON object.");
        using (writer.Block($"public static void WriteValue({Writer}, {model.Name} value)"))
        {
            using (writer.Block("switch (value)"))
            {
                foreach (var descendant in descendants)
                {
                    var method = descendant.HasSubtypes ? WriteObject : "WriteValue";
                    writer.Line($"case {descendant.Name} derived: {CSharpTypes.Converter(descendant.Name)}.{method}(writer, derived); return;");
                }
            }

            writer.Line();
            writer.Line($"{WriteObject}(writer, value);");
        }

        writer.Line();
    }

    private static void EmitWrite(SourceWriter writer, TypeCatalog types, ObjectModel model, string method)
    {
        DocComments.SummaryXml(writer, $"Writes a <see cref=\"{model.Name}\"/> as a JSON object; absent optional values are left out{(model.AllProperties.Any(property => property.IsReadOnly) ? ", and read-only ones in requests" : string.Empty)}.");
        using (writer.Block($"public static void {method}({Writer}, {model.Name} value)"))
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line("writer.WriteStartObject();");
            foreach (var property in model.AllProperties)
            {
                var name = CSharpLiteral.Utf8(property.JsonName);

                // The service sets read-only values: a request leaves them out (JsonWriting.InRequest).
                var readOnly = property.IsReadOnly ? $"!{RuntimeTypes.JsonWriting}.InRequest && " : string.Empty;
                if (!CSharpTypes.IsNullable(property))
                {
                    var write = JsonExpressions.WriteProperty(types, property.Type, name, "value." + property.Name) + ";";
                    writer.Line(readOnly.Length == 0 ? write : $"if ({readOnly.Substring(0, readOnly.Length - 4)}) {write}");
                    continue;
                }

                var local = property.LocalName;
                var conditional = $"if ({readOnly}value.{property.Name} is {{ }} {local}) {JsonExpressions.WriteProperty(types, property.Type, name, local)};";

                // Required but nullable: the property must be present, so null is written out.
                writer.Line(property.IsRequired ? $"{conditional} else writer.WriteNull({name});" : conditional);
            }

            if (model.UnknownProperties is { } extra)
            {
                writer.Line($"{RuntimeTypes.JsonWriting}.WriteAdditional(writer, value.{extra.Name}, {JsonExpressions.ValueWriter(types, extra.Type.Element!)});");
            }

            writer.Line("writer.WriteEndObject();");
        }
    }
}
