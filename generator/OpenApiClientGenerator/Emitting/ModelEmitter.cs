using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Emits a model record: one init-only property per schema property, nullable where the value may be absent.</summary>
internal static class ModelEmitter
{
    public static void Write(SourceWriter writer, ClientModel client, ObjectModel model)
    {
        DocComments.Summary(writer, model.Description, $"The <c>{DocComments.Escape(model.JsonPointer)}</c> schema.");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.SerializationNamespace}.{CSharpTypes.Converter(model.Name)}))]");
        if (model.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"This schema is deprecated in the OpenAPI document.\")]");
        }

        // A record that others extend is not sealed; one that extends another names it.
        var declaration = $"public {(model.HasSubtypes ? string.Empty : "sealed ")}partial record {model.Name}{(model.BaseName is { } baseName ? " : " + baseName : string.Empty)}";
        using (writer.Block(declaration))
        {
            var first = !EmitDiscriminatorConstructor(writer, model);
            for (var i = 0; i < model.Properties.Count; i++)
            {
                var property = model.Properties[i];
                if (!first)
                {
                    writer.Line();
                }

                first = false;

                DocComments.Summary(writer, property.Description, $"The <c>{DocComments.Escape(property.JsonName)}</c> property.");
                var remarks = Remarks(property);
                if (remarks.Length > 0)
                {
                    DocComments.RemarksXml(writer, remarks);
                }

                // C# warns about an [Obsolete] required member (CS9042): callers must set it, so it is documented instead.
                if (property.IsDeprecated && !property.IsRequired)
                {
                    writer.Line("[global::System.Obsolete(\"This property is deprecated in the OpenAPI document.\")]");
                }

                var required = property.IsRequired ? "required " : string.Empty;
                writer.Line($"public {required}{CSharpTypes.Property(property)} {property.Name} {{ get; init; }}");
            }

            if (model.AdditionalProperties is { } additional)
            {
                if (!first)
                {
                    writer.Line();
                }

                DocComments.SummaryXml(writer, "The properties the schema does not name, as they came (written back unchanged).");
                writer.Line($"public {CSharpTypes.Property(additional)} {additional.Name} {{ get; init; }}");
            }
        }

    }

    /// <summary>
    /// A record of a discriminated hierarchy sets its discriminator value itself, so a new instance is written as what it
    /// is (the property stays settable: a value read from the service is kept as it came). True when written.
    /// </summary>
    private static bool EmitDiscriminatorConstructor(SourceWriter writer, ObjectModel model)
    {
        if (model.Discriminator is not { } discriminator || model.AllProperties.FirstOrDefault(property => property.JsonName == discriminator.Property) is not { } property)
        {
            return false;
        }

        var value = property.Type switch
        {
            { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.String } => CSharpLiteral.String(discriminator.Value),
            { Kind: TypeRefKind.Named, IsValueType: true } enumType => $"new {enumType.Name}({CSharpLiteral.String(discriminator.Value)})",
            _ => null,
        };
        if (value is null)
        {
            return false;
        }

        DocComments.SummaryXml(writer, $"Creates a <see cref=\"{model.Name}\"/>: its <c>{DocComments.Escape(discriminator.Property)}</c> is <c>{DocComments.Escape(discriminator.Value)}</c>.");
        writer.Line($"public {model.Name}() => {property.Name} = {value};");
        return true;
    }

    /// <summary>What the spec says beyond the description: direction and the server's default.</summary>
    private static string Remarks(PropertyModel property)
    {
        var parts = new System.Collections.Generic.List<string>();
        if (property.IsDeprecated && property.IsRequired)
        {
            parts.Add("Deprecated in the OpenAPI document (still required, so not marked [Obsolete]).");
        }

        if (property.IsReadOnly)
        {
            parts.Add("Read-only: set by the service; a value sent in a request is ignored by it.");
        }

        if (property.IsWriteOnly)
        {
            parts.Add("Write-only: sent in requests; the service does not return it.");
        }

        if (property.DefaultValue is { } defaultValue)
        {
            parts.Add($"When absent, the service uses <c>{DocComments.Escape(defaultValue)}</c>.");
        }

        return string.Join(" ", parts);
    }
}
