using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the one exception type a client throws when a call fails. It is partial: a package can add members that
/// interpret its own error body (error codes, request ids) without the generator knowing about them. The runtime creates
/// it through its static <c>Create</c>, for failed responses and for timeouts and network failures alike.
/// </summary>
internal static class ExceptionEmitter
{
    public static string Emit(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated);
        var name = client.ExceptionName;
        DocComments.SummaryXml(writer, $"Thrown by <see cref=\"{client.ClientName}\"/> when a call fails: an error status, a body that cannot be read, a timeout or a network failure.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {name} : global::System.Exception, {RuntimeTypes.ApiException}<{name}>"))
        {
            DocComments.SummaryXml(writer, "Creates an exception with a message only (no response).");
            DocComments.ParamXml(writer, "message", "What went wrong.");
            writer.Line($"public {name}(string message)");
            writer.Line($"    : this(message, 0, string.Empty, null, null, {RuntimeTypes.HeaderSnapshot}.Empty, {RuntimeTypes.HeaderSnapshot}.Empty, null)");
            writer.OpenBlock().CloseBlock();
            writer.Line();
            DocComments.SummaryXml(writer, "Creates an exception describing a failed call.");
            DocComments.ParamXml(writer, "message", "What went wrong.");
            DocComments.ParamXml(writer, "status", "The HTTP status code of the response (0 when there was none).");
            DocComments.ParamXml(writer, "operationId", "The operation that failed.");
            DocComments.ParamXml(writer, "error", "The error body, read with the schema the spec gives for this status, or null.");
            DocComments.ParamXml(writer, "responseBody", "The start of the response body, bounded in length, or null.");
            DocComments.ParamXml(writer, "responseHeaders", "The response's headers.");
            DocComments.ParamXml(writer, "requestHeaders", "The request's headers, without credentials.");
            DocComments.ParamXml(writer, "innerException", "The error that caused this one, if any.");
            writer.Line($"public {name}(string message, int status, string operationId, object? error, string? responseBody, {CSharpTypes.HeaderMap} responseHeaders, {CSharpTypes.HeaderMap} requestHeaders, global::System.Exception? innerException)");
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
            DocComments.SummaryXml(writer, "The HTTP status code of the response (0 when there was none: a timeout or a network failure before it).");
            writer.Line("public int Status { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The operationId of the operation that failed.");
            writer.Line("public string OperationId { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The error body as the model the spec declares for this status (pattern-match it), or null when there is none or it could not be read.");
            writer.Line("public object? Error { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The start of the response body (bounded in length), or null.");
            writer.Line("public string? ResponseBody { get; }");
            writer.Line();
            DocComments.SummaryXml(writer, "The response's headers, by case-insensitive name (empty when there was no response).");
            writer.Line($"public {CSharpTypes.HeaderMap} ResponseHeaders {{ get; }}");
            writer.Line();
            DocComments.SummaryXml(writer, "The request's headers, by case-insensitive name; headers that may carry credentials are left out.");
            writer.Line($"public {CSharpTypes.HeaderMap} RequestHeaders {{ get; }}");
            writer.Line();
            writer.Line($"static {name} {RuntimeTypes.ApiException}<{name}>.Create({RuntimeTypes.ApiFailure} failure)");
            writer.Line("    => new(failure.Message, failure.Status, failure.OperationId, failure.Error, failure.ResponseBody, failure.ResponseHeaders, failure.RequestHeaders, failure.InnerException);");
        }

        return writer.ToString();
    }
}
