using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the one exception type a client throws for failed responses. It is partial: a package can add members
/// that interpret its own error body (error codes, request ids) without the generator knowing about them.
/// </summary>
internal static class ExceptionEmitter
{
    public static string Emit(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated, "global::OpenApiClientGenerator.Runtime");
        var name = client.ExceptionName;
        const string Headers = "global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>";
        DocComments.SummaryXml(writer, $"Thrown by <see cref=\"{client.ClientName}\"/> when the service answers with an error status, or with a body that cannot be read.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {name} : global::System.Exception"))
        {
            writer.Line($"private static readonly {Headers} NoHeaders = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>();");
            writer.Line();
            DocComments.SummaryXml(writer, $"Creates an exception with a message only (no response).");
            writer.Line($"public {name}(string message)");
            writer.Line("    : this(message, 0, string.Empty, null, null, NoHeaders, NoHeaders, null)");
            writer.OpenBlock().CloseBlock();
            writer.Line();
            DocComments.SummaryXml(writer, "Creates an exception describing a failed response.");
            DocComments.ParamXml(writer, "message", "What went wrong.");
            DocComments.ParamXml(writer, "status", "The HTTP status code of the response.");
            DocComments.ParamXml(writer, "operationId", "The operation that failed.");
            DocComments.ParamXml(writer, "error", "The error body, read with the schema the spec gives for this status, or null.");
            DocComments.ParamXml(writer, "responseBody", "The start of the response body, bounded in length, or null.");
            DocComments.ParamXml(writer, "responseHeaders", "The response's headers.");
            DocComments.ParamXml(writer, "requestHeaders", "The request's headers, without credentials.");
            DocComments.ParamXml(writer, "innerException", "The error that caused this one, if any.");
            writer.Line($"public {name}(string message, int status, string operationId, object? error, string? responseBody, {Headers} responseHeaders, {Headers} requestHeaders, global::System.Exception? innerException)");
            writer.Line("    : base(message, innerException)");
            using (writer.Block())
            {
                writer.Line("Status = status;");
                writer.Line("OperationId = operationId;");
                writer.Line("Error = error;");
                writer.Line("ResponseBody = responseBody;");
                writer.Line("ResponseHeaders = responseHeaders;");
                writer.Line("RequestHeaders = requestHeaders;");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The HTTP status code of the response (0 when there was none).");
            writer.Line("public int Status { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The operationId of the operation that failed.");
            writer.Line("public string OperationId { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The error body as the model the spec declares for this status (pattern-match it), or null when there is none or it could not be read.");
            writer.Line("public object? Error { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, $"The start of the response body (at most {2048} characters), or null.");
            writer.Line("public string? ResponseBody { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The response's headers, by case-insensitive name.");
            writer.Line($"public {Headers} ResponseHeaders {{ get; }}");
            writer.Line();
            DocComments.SummaryXml(writer, "The request's headers, by case-insensitive name; credentials are never kept.");
            writer.Line($"public {Headers} RequestHeaders {{ get; }}");
            writer.Line();
            DocComments.SummaryXml(writer, "Creates the exception for a response, keeping its headers and those of its request.");
            writer.Line($"internal static {name} FromResponse(global::System.Net.Http.HttpResponseMessage response, string operationId, object? error, string? responseBody, string message, global::System.Exception? innerException = null)");
            writer.Line($"    => new(message, (int)response.StatusCode, operationId, error, responseBody, HeaderSnapshot.Of(response.Headers, response.Content.Headers), HeaderSnapshot.Of(response.RequestMessage?.Headers), innerException);");
        }

        return writer.ToString();
    }
}
