using System.Collections.Generic;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Emits the request content: JSON through the generated converter, forms from their fields, raw streams and text.</summary>
internal static class RequestBodyEmitter
{
    public static void Emit(SourceWriter writer, RequestBodyModel body, IReadOnlyList<ParameterModel> values)
    {
        var mediaType = CSharpLiteral.String(body.MediaType);
        switch (body.Kind)
        {
            case BodyKind.FormUrlEncoded:
            case BodyKind.Multipart:
                writer.Line("var form = new FormBuilder();");
                foreach (var field in values)
                {
                    var name = CSharpLiteral.String(field.WireName);
                    ParameterValueEmitter.WithValue(writer, field, value =>
                    {
                        if (field.Type is { Kind: TypeRefKind.Primitive, Primitive: PrimitiveType.Stream })
                        {
                            writer.Line($"form.AddFile({name}, {value});");
                        }
                        else if (field.Type.Kind == TypeRefKind.Array)
                        {
                            using (writer.Block($"foreach (var item in {ParameterValueEmitter.Items(field.Type, value)})"))
                            {
                                writer.Line($"form.Add({name}, item);");
                            }
                        }
                        else
                        {
                            writer.Line($"form.Add({name}, {ParameterValueEmitter.Format(field.Type, value)});");
                        }
                    });
                }

                writer.Line(body.Kind == BodyKind.Multipart ? "request.Content = form.ToMultipart();" : "request.Content = form.ToUrlEncoded();");
                return;
        }

        foreach (var parameter in values)
        {
            ParameterValueEmitter.WithValue(writer, parameter, value =>
            {
                switch (body.Kind)
                {
                    case BodyKind.Json:
                        writer.Line($"request.Content = new JsonRequestContent<{CSharpTypes.Name(parameter.Type)}>({value}, {Writer(parameter.Type)}, {mediaType});");
                        break;
                    case BodyKind.Binary:
                        writer.Line($"request.Content = new global::System.Net.Http.StreamContent({value});");
                        writer.Line($"request.Content.Headers.ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue({mediaType});");
                        break;
                    default:
                        writer.Line($"request.Content = new global::System.Net.Http.StringContent({value}, global::System.Text.Encoding.UTF8, {mediaType});");
                        break;
                }
            });
        }
    }

    private static string Writer(TypeRef type)
        => type.Kind == TypeRefKind.Named ? $"{type.Name}JsonConverter.WriteValue" : $"static (writer, value) => {JsonExpressions.Write(type, "value")}";
}
