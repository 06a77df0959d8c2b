using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits an extensible enum: a readonly record struct around the wire value, one static property per listed value and
/// <c>IsKnown</c>. Values the spec does not list are kept and written back as they came. It has no converter of its own:
/// the runtime's generic one reads and writes every enum through the struct's static <c>FromValue</c>.
/// </summary>
internal static class EnumEmitter
{
    /// <summary>More listed values than this are looked up in a set rather than compared one by one.</summary>
    private const int MaxComparedValues = 8;

    private const int LineChars = 100;

    public static void Write(SourceWriter writer, EnumModel model)
    {
        var name = model.Name;
        var valueType = model.Kind switch { EnumKind.Integer => "long", EnumKind.Number => "double", _ => "string" };
        var runtime = model.Kind switch
        {
            EnumKind.Integer => (Converter: RuntimeTypes.Int64EnumConverter, Contract: RuntimeTypes.Int64Enum),
            EnumKind.Number => (Converter: RuntimeTypes.DoubleEnumConverter, Contract: RuntimeTypes.DoubleEnum),
            _ => (Converter: RuntimeTypes.StringEnumConverter, Contract: RuntimeTypes.StringEnum),
        };
        DocComments.Summary(writer, model.Description, $"The values of the <c>{DocComments.Escape(model.JsonPointer)}</c> schema.");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({runtime.Converter}<{name}>))]");
        if (model.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"This schema is deprecated in the OpenAPI document.\")]");
        }

        using (writer.Block($"public readonly partial record struct {name} : {runtime.Contract}<{name}>"))
        {
            if (!model.IsNumeric)
            {
                // default(T) has no value: it reads as "", so Value is never null.
                writer.Line("private readonly string? _value;");
                writer.Line();
            }

            DocComments.SummaryXml(writer, "Creates a value, listed or not.");
            writer.Line(model.IsNumeric
                ? $"public {name}({valueType} value) => Value = value;"
                : $"public {name}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line();
            foreach (var member in model.Members)
            {
                DocComments.Summary(writer, member.Description, $"The <c>{DocComments.Escape(member.Value)}</c> value.");
                writer.Line($"public static {name} {member.Name} {{ get; }} = new({Literal(model, member.Value)});");
            }

            if (model.Members.Count > 0)
            {
                writer.Line();
            }

            DocComments.SummaryXml(writer, "The value as it is on the wire.");
            writer.Line(model.IsNumeric ? $"public {valueType} Value {{ get; }}" : "public string Value => _value ?? string.Empty;");
            writer.Line();
            DocComments.SummaryXml(writer, "Whether the spec lists the value (false for a value the service added later).");
            if (model.Members.Count <= MaxComparedValues)
            {
                writer.Line($"public bool IsKnown => {(model.Members.Count == 0 ? "false" : $"Value is {string.Join(" or ", model.Members.Select(m => Literal(model, m.Value)))}")};");
            }
            else
            {
                // A set built from one array initializer: cheap to compile and to look up, however many values the spec lists.
                var comparer = model.IsNumeric ? string.Empty : ", global::System.StringComparer.Ordinal";
                writer.Line("public bool IsKnown => KnownValues.Contains(Value);");
                writer.Line();
                writer.Line($"private static readonly global::System.Collections.Generic.HashSet<{valueType}> KnownValues = new(new {valueType}[]");
                writer.OpenBlock();
                foreach (var line in Wrapped(model.Members.Select(m => Literal(model, m.Value) + ",")))
                {
                    writer.Line(line);
                }

                writer.CloseBlock("}" + comparer + ");");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The wire value.");
            writer.Line(model.IsNumeric
                ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);"
                : "public override string ToString() => Value;");
            writer.Line();
            writer.Line($"static {name} {runtime.Contract}<{name}>.FromValue({valueType} value) => new(value);");
        }
    }

    /// <summary>Items joined by spaces into lines of about <see cref="LineChars"/> characters.</summary>
    private static System.Collections.Generic.IEnumerable<string> Wrapped(System.Collections.Generic.IEnumerable<string> items)
    {
        var line = new System.Text.StringBuilder();
        foreach (var item in items)
        {
            if (line.Length > 0 && line.Length + 1 + item.Length > LineChars)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(item);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    /// <summary>A listed value as C#: integers and strings as written; a number as a double literal.</summary>
    private static string Literal(EnumModel model, string value) => model.Kind switch
    {
        EnumKind.Integer => value,
        EnumKind.Number => DoubleLiteral(double.Parse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)),
        _ => CSharpLiteral.String(value),
    };

    /// <summary>A double as C# (a value beyond the range of double, such as 1e400, is an infinity).</summary>
    private static string DoubleLiteral(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d",
    };
}
