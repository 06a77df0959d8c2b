using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits an extensible enum: a readonly struct around the wire value, one static property per listed value, value
/// equality and <c>IsKnown</c>. Values the spec does not list are kept and written back as they came.
/// </summary>
internal static class EnumEmitter
{
    public static void Write(SourceWriter writer, ClientModel client, EnumModel model)
    {
        var name = model.Name;
        var valueType = model.IsInteger ? "long" : "string";
        DocComments.Summary(writer, model.Description, $"The values of the <c>{DocComments.Escape(model.JsonPointer)}</c> schema.");
        writer.Line("/// <remarks>Values the service adds later are kept as they are: check <see cref=\"IsKnown\"/> before relying on the listed ones.</remarks>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.SerializationNamespace}.{name}JsonConverter))]");
        if (model.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"This schema is deprecated in the OpenAPI document.\")]");
        }

        using (writer.Block($"public readonly partial struct {name} : global::System.IEquatable<{name}>"))
        {
            writer.Line(model.IsInteger ? "private readonly long _value;" : "private readonly string? _value;");
            writer.Line();
            DocComments.SummaryXml(writer, $"Creates a value, listed or not.");
            writer.Line($"public {name}({valueType} value)");
            using (writer.Block())
            {
                writer.Line(model.IsInteger ? "_value = value;" : "_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            }

            foreach (var member in model.Members)
            {
                writer.Line();
                DocComments.Summary(writer, member.Description, $"The <c>{DocComments.Escape(member.Value)}</c> value.");
                writer.Line($"public static {name} {member.Name} {{ get; }} = new({Literal(model, member.Value)});");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The value as it is on the wire.");
            writer.Line(model.IsInteger ? "public long Value => _value;" : "public string Value => _value ?? string.Empty;");
            writer.Line();
            DocComments.SummaryXml(writer, "Whether the value is one the spec lists (false for a value the service added later).");
            if (model.Members.Count <= 8)
            {
                var known = model.Members.Count == 0 ? "false" : $"Value is {string.Join(" or ", model.Members.Select(m => Literal(model, m.Value)))}";
                writer.Line($"public bool IsKnown => {known};");
            }
            else
            {
                // A set built from one array initializer: cheap to compile and to look up, however many values the spec lists.
                var element = model.IsInteger ? "long" : "string";
                var comparer = model.IsInteger ? string.Empty : ", global::System.StringComparer.Ordinal";
                writer.Line($"public bool IsKnown => KnownValues.Contains(Value);");
                writer.Line();
                writer.Line($"private static readonly global::System.Collections.Generic.HashSet<{element}> KnownValues = new(new {element}[]");
                writer.OpenBlock();
                foreach (var member in model.Members)
                {
                    writer.Line(Literal(model, member.Value) + ",");
                }

                writer.CloseBlock("}" + comparer + ");");
            }

            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(model.IsInteger
                ? $"public bool Equals({name} other) => Value == other.Value;"
                : $"public bool Equals({name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line(model.IsInteger
                ? "public override int GetHashCode() => Value.GetHashCode();"
                : "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
            writer.Line();
            DocComments.SummaryXml(writer, "The wire value.");
            writer.Line(model.IsInteger
                ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                : "public override string ToString() => Value;");
            writer.Line();
            DocComments.SummaryXml(writer, "Compares two values.");
            writer.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
            writer.Line();
            DocComments.SummaryXml(writer, "Compares two values.");
            writer.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
            writer.Line();
            // Explicit: an implicit conversion from string would also accept a null literal (c ? null : value) and throw.
            DocComments.SummaryXml(writer, "Converts a wire value.");
            writer.Line($"public static explicit operator {name}({valueType} value) => new(value);");
        }

    }

    public static void WriteConverter(SourceWriter writer, EnumModel model)
    {
        var name = model.Name;
        const string Reader = ConverterOverrides.Reader;
        const string Writer = ConverterOverrides.Writer;
        DocComments.SummaryXml(writer, $"Reads and writes <see cref=\"{name}\"/> as its JSON {(model.IsInteger ? "number" : "string")}, listed or not.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial class {name}JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{name}>"))
        {
            ConverterOverrides.Emit(writer, name);
            DocComments.SummaryXml(writer, $"Reads a <see cref=\"{name}\"/>.");
            writer.Line($"public static {name} ReadValue({Reader}) => new(JsonReading.Read{(model.IsInteger ? "Int64" : "String")}(ref reader, {CSharpLiteral.String(name)}));");
            writer.Line();
            DocComments.SummaryXml(writer, $"Writes a <see cref=\"{name}\"/>.");
            writer.Line($"public static void WriteValue({Writer}, {name} value) => {(model.IsInteger ? "writer.WriteNumberValue(value.Value)" : "writer.WriteStringValue(value.Value)")};");
        }

    }

    private static string Literal(EnumModel model, string value) => model.IsInteger ? value : CSharpLiteral.String(value);
}
