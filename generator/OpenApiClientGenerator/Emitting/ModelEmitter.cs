using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Emits a model record: one init-only property per schema property, nullable where the value may be absent.</summary>
internal static class ModelEmitter
{
    public static string Emit(ClientModel client, ObjectModel model)
    {
        var writer = new SourceWriter().FileHeader(client.ModelsNamespace, client.UsesDeprecated);
        DocComments.Summary(writer, model.Description, $"The <c>{DocComments.Escape(model.JsonPointer)}</c> schema.");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::{client.SerializationNamespace}.{model.Name}JsonConverter))]");
        if (model.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"This schema is deprecated in the OpenAPI document.\")]");
        }

        using (writer.Block($"public sealed partial record {model.Name}"))
        {
            for (var i = 0; i < model.Properties.Count; i++)
            {
                var property = model.Properties[i];
                if (i > 0)
                {
                    writer.Line();
                }

                DocComments.Summary(writer, property.Description, $"The <c>{DocComments.Escape(property.JsonName)}</c> property.");
                if (property.IsDeprecated)
                {
                    writer.Line("[global::System.Obsolete(\"This property is deprecated in the OpenAPI document.\")]");
                }

                var required = property.IsRequired ? "required " : string.Empty;
                writer.Line($"public {required}{CSharpTypes.Property(property)} {property.Name} {{ get; init; }}");
            }
        }

        return writer.ToString();
    }
}
