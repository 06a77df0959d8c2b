using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits a oneOf/anyOf union: a record with one property per alternative and <c>Unknown</c> for JSON that fits none,
/// and its converter, which chooses by discriminator when there is one and by the JSON's shape otherwise.
/// </summary>
internal static class UnionEmitter
{
    private const string Reader = ConverterOverrides.Reader;
    private const string Writer = ConverterOverrides.Writer;

    public static void Write(SourceWriter writer, ClientModel client, UnionModel model)
    {
        var alternatives = string.Join(", ", model.Variants.Select(v => $"<c>{v.Name}</c>"));
        DocComments.Summary(writer, model.Description, $"One of several alternatives ({alternatives}).");
        DocComments.RemarksXml(writer, "Exactly one property is set: the alternative the JSON matched" + (model.DiscriminatorProperty is { } discriminator ? $" (chosen by <c>{DocComments.Escape(discriminator)}</c>)" : " (chosen by its shape)")
            + ", or <see cref=\"Unknown\"/> with the JSON as received when it matched none.");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.SerializationNamespace}.{CSharpTypes.Converter(model.Name)}))]");
        using (writer.Block($"public sealed partial record {model.Name}"))
        {
            foreach (var variant in model.Variants)
            {
                DocComments.SummaryXml(writer, $"The value, when it is the <c>{variant.Name}</c> alternative.");
                writer.Line($"public {CSharpTypes.Name(variant.Type, nullable: true)} {variant.Name} {{ get; init; }}");
                writer.Line();
            }

            DocComments.SummaryXml(writer, "The JSON as received, when it matched none of the alternatives (written back unchanged).");
            writer.Line("public global::System.Text.Json.JsonElement? Unknown { get; init; }");

            var distinct = model.Variants.GroupBy(v => CSharpTypes.Name(v.Type)).Where(g => g.Count() == 1).Select(g => g.First())
                .Where(v => v.Type.Kind != TypeRefKind.Any && v.Type.Kind != TypeRefKind.Array && v.Type.Kind != TypeRefKind.Map);
            foreach (var variant in distinct)
            {
                writer.Line();
                DocComments.SummaryXml(writer, $"Wraps a <c>{variant.Name}</c> value.");
                writer.Line($"public static implicit operator {model.Name}({CSharpTypes.Name(variant.Type)} value) => new() {{ {variant.Name} = value }};");
            }
        }
    }

    public static void WriteConverter(SourceWriter writer, TypeCatalog types, UnionModel model)
    {
        var name = model.Name;
        DocComments.SummaryXml(writer, $"Reads and writes <see cref=\"{name}\"/>, choosing the alternative " + (model.DiscriminatorProperty is null ? "by the JSON's shape." : "by its discriminator."));
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial class {CSharpTypes.Converter(name)} : global::System.Text.Json.Serialization.JsonConverter<{name}>"))
        {
            var shapes = model.DiscriminatorProperty is null ? ObjectShapes(types, model) : new List<(UnionVariantModel, ObjectModel)>();
            foreach (var (variant, shape) in shapes)
            {
                var names = string.Join(", ", shape.Properties.Select(p => CSharpLiteral.String(p.JsonName)));
                var required = string.Join(", ", shape.Properties.Where(p => p.IsRequired).Select(p => CSharpLiteral.String(p.JsonName)));
                writer.Line($"private static readonly {RuntimeTypes.JsonShape} {variant.Name}Shape = new(new string[] {{ {names} }}, new string[] {{ {required} }});");
            }

            if (shapes.Count > 0)
            {
                writer.Line();
            }

            ConverterOverrides.Emit(writer, name);
            DocComments.SummaryXml(writer, $"Reads a <see cref=\"{name}\"/>.");
            using (writer.Block($"public static {name} ReadValue({Reader})"))
            {
                if (model.DiscriminatorProperty is { } discriminator)
                {
                    EmitDiscriminatedRead(writer, types, model, discriminator);
                }
                else
                {
                    EmitShapeRead(writer, types, model, shapes);
                }
            }

            writer.Line();
            DocComments.SummaryXml(writer, "Writes the alternative that is set (or the unknown JSON as it came).");
            using (writer.Block($"public static void WriteValue({Writer}, {name} value)"))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
                var keyword = "if";
                foreach (var variant in model.Variants)
                {
                    writer.Line($"{keyword} (value.{variant.Name} is {{ }} {Local(variant)}) {JsonExpressions.Write(types, variant.Type, Local(variant))};");
                    keyword = "else if";
                }

                writer.Line($"{keyword} (value.Unknown is {{ }} unknown) unknown.WriteTo(writer);");
                writer.Line("else writer.WriteNullValue();");
            }
        }
    }

    private static void EmitDiscriminatedRead(SourceWriter writer, TypeCatalog types, UnionModel model, string discriminator)
    {
        using (writer.Block($"switch ({RuntimeTypes.JsonReading}.PeekString(reader, {CSharpLiteral.Utf8(discriminator)}))"))
        {
            foreach (var variant in model.Variants.Where(v => v.DiscriminatorValues.Count > 0))
            {
                var labels = string.Join(" or ", variant.DiscriminatorValues.Select(CSharpLiteral.String));
                writer.Line($"case {labels}: return new() {{ {variant.Name} = {JsonExpressions.Read(types, variant.Type, false, discriminator)} }};");
            }

            writer.Line("default: return new() { Unknown = global::System.Text.Json.JsonElement.ParseValue(ref reader) };");
        }
    }

    /// <summary>Without a discriminator: by JSON kind, and among objects by the best-fitting property names.</summary>
    private static void EmitShapeRead(SourceWriter writer, TypeCatalog types, UnionModel model, List<(UnionVariantModel Variant, ObjectModel Shape)> shapes)
    {
        writer.Line("var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
        using (writer.Block("switch (element.ValueKind)"))
        {
            if (shapes.Count > 0)
            {
                writer.Line("case global::System.Text.Json.JsonValueKind.Object:");
                writer.OpenBlock();
                using (writer.Block($"switch ({RuntimeTypes.JsonReading}.BestMatch(element, {string.Join(", ", shapes.Select(s => s.Variant.Name + "Shape"))}))"))
                {
                    for (var i = 0; i < shapes.Count; i++)
                    {
                        writer.Line($"case {i}: return new() {{ {shapes[i].Variant.Name} = {RuntimeTypes.JsonReading}.ReadFrom(element, {JsonExpressions.ValueReader(types, shapes[i].Variant.Type, "value")}) }};");
                    }
                }

                writer.Line("break;");
                writer.CloseBlock();
            }

            // Each JSON kind goes to the first alternative that accepts it.
            var taken = new HashSet<string>(shapes.Count > 0 ? new[] { "Object" } : System.Array.Empty<string>());
            foreach (var variant in model.Variants.Where(v => !shapes.Any(s => s.Variant == v)))
            {
                var kinds = Kinds(types, variant.Type).Where(taken.Add).ToList();
                if (kinds.Count > 0)
                {
                    var labels = string.Join(" or ", kinds.Select(kind => "global::System.Text.Json.JsonValueKind." + kind));
                    writer.Line($"case {labels}: return new() {{ {variant.Name} = {RuntimeTypes.JsonReading}.ReadFrom(element, {JsonExpressions.ValueReader(types, variant.Type, "value")}) }};");
                }
            }
        }

        writer.Line();
        writer.Line("return new() { Unknown = element };");
    }

    private static List<(UnionVariantModel, ObjectModel)> ObjectShapes(TypeCatalog types, UnionModel model)
        => model.Variants
            .Select(v => (Variant: v, Shape: types.Object(v.Type)))
            .Where(pair => pair.Shape is not null)
            .Select(pair => (pair.Variant, pair.Shape!))
            .ToList();

    /// <summary>The JSON kinds a non-object alternative accepts (the first alternative of a kind wins).</summary>
    private static string[] Kinds(TypeCatalog types, TypeRef type) => type switch
    {
        { Kind: TypeRefKind.Array } => new[] { "Array" },
        { Kind: TypeRefKind.Map } => new[] { "Object" },
        { Kind: TypeRefKind.Named } when types.Enum(type) is { } model => new[] { model.IsNumeric ? "Number" : "String" },
        { Kind: TypeRefKind.Named } => new[] { "Object" },
        { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Boolean } => new[] { "True", "False" },
        { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Int32 or PrimitiveType.Int64 or PrimitiveType.Single or PrimitiveType.Double or PrimitiveType.Decimal or PrimitiveType.UnixTime } => new[] { "Number" },
        { Kind: TypeRefKind.Primitive } => new[] { "String" },
        _ => new[] { "Object", "Array", "String", "Number", "True", "False" },
    };

    private static string Local(UnionVariantModel variant)
    {
        var local = char.ToLowerInvariant(variant.Name[0]) + variant.Name.Substring(1);
        return local is "value" or "writer" or "unknown" || Naming.Identifiers.IsKeyword(local) ? local + "Value" : local;
    }
}
