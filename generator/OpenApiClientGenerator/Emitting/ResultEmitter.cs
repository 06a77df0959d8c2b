using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Emits the result of an operation whose success declares headers: the body and one typed property per header.</summary>
internal static class ResultEmitter
{
    public static void Write(SourceWriter writer, OperationModel operation, ResponseModel response)
    {
        DocComments.SummaryXml(writer, $"The response of <c>{DocComments.Escape(operation.OperationId)}</c>: its body and the headers the spec documents.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial record {response.ResultTypeName}"))
        {
            var first = true;
            if (OperationSignature.SuccessResponse(operation) is { BodyType: { } body } success)
            {
                DocComments.Summary(writer, success.Description, "The response body.");
                writer.Line(OperationSignature.BodyMayBeAbsent(operation)
                    ? $"public {CSharpTypes.Name(body, nullable: true)} Body {{ get; init; }}"
                    : $"public required {CSharpTypes.Name(body)} Body {{ get; init; }}");
                first = false;
            }

            foreach (var header in response.Headers)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                DocComments.Summary(writer, header.Description, $"The <c>{DocComments.Escape(header.WireName)}</c> header, when present and readable.");
                writer.Line($"public {CSharpTypes.Name(header.Type, nullable: true)} {header.Name} {{ get; init; }}");
            }
        }

    }
}
