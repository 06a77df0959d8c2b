using System.Collections.Generic;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the request content: JSON through the generated converter, forms from their fields, raw streams and text, each
/// with the declared media type as its Content-Type (a Content-Type parameter, when the operation lets the caller choose
/// among several, replaces it when the request is sent).
/// </summary>
internal static class RequestBodyEmitter
{
    public static void Emit(SourceWriter writer, TypeCatalog types, RequestBodyModel body, IReadOnlyList<ParameterModel> values)
    {
        var mediaType = CSharpLiteral.String(body.MediaType);
        if (body.Kind is BodyKind.FormUrlEncoded or BodyKind.Multipart)
        {
            writer.Line($"var form = new {RuntimeTypes.FormBuilder}();");
            foreach (var field in values)
            {
                ParameterValueEmitter.EmitFormField(writer, types, field);
            }

            writer.Line(body.Kind == BodyKind.Multipart ? "request.Content = form.ToMultipart();" : "request.Content = form.ToUrlEncoded();");
            return;
        }

        foreach (var parameter in values)
        {
            ParameterValueEmitter.WithValue(writer, parameter, value => body.Kind switch
            {
                BodyKind.Json => $"request.Content = new {RuntimeTypes.JsonRequestContent}<{CSharpTypes.Name(parameter.Type)}>({value}, {JsonExpressions.ValueWriter(types, parameter.Type)}, {mediaType});",
                BodyKind.Binary => $"request.Content = {RuntimeTypes.RequestContent}.Binary({value}, {mediaType});",
                _ => $"request.Content = {RuntimeTypes.RequestContent}.Text({value}, {mediaType});",
            });
        }
    }
}
