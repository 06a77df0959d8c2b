using System.Linq;
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
            if (OperationSignature.IsChoice(operation))
            {
                DocComments.SummaryXml(writer, "The status the service answered with: the property of that status holds the body.");
                writer.Line("public int Status { get; init; }");
                first = false;
                foreach (var result in operation.Responses.Where(result => result.ResultProperty is not null))
                {
                    writer.Line();
                    DocComments.Summary(writer, result.Description, $"The body of a {result.StatusCode} response.");
                    DocComments.RemarksXml(writer, $"Set when <see cref=\"Status\"/> is {DocComments.Escape(result.StatusCode)} (null when its body was empty).");
                    writer.Line($"public {CSharpTypes.Name(result.BodyType!, nullable: true)} {result.ResultProperty} {{ get; init; }}");
                }
            }
            else if (OperationSignature.SuccessResponse(operation) is { BodyType: { } body } success)
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
