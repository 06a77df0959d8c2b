using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the client interface and class: one virtual async method per operation (CancellationToken last), the roots of
/// the fluent path API, and the private plumbing that sends requests and turns failed responses into the exception type.
/// </summary>
internal static class ClientEmitter
{
    private const string HttpClient = "global::System.Net.Http.HttpClient";
    private const string ResponseMessage = "global::System.Net.Http.HttpResponseMessage";
    private const string CancellationToken = "global::System.Threading.CancellationToken";

    public static string EmitInterface(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated, Usings(client, forInterface: true));
        DocComments.SummaryXml(writer, $"The operations of {Title(client)}; implemented by <see cref=\"{client.ClientName}\"/>, and easy to mock.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial interface {client.InterfaceName}"))
        {
            var first = true;
            foreach (var accessor in client.RootAccessors)
            {
                Separate(writer, ref first);
                EmitRootAccessor(writer, accessor, "");
            }

            foreach (var operation in client.Operations)
            {
                Separate(writer, ref first);
                OperationSignature.WriteDocs(writer, client, operation);
                writer.Line($"{OperationSignature.ReturnType(operation)} {operation.AsyncMethodName}({OperationSignature.Parameters(operation)});");
            }
        }

        return writer.ToString();
    }

    public static string EmitClient(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated, Usings(client, forInterface: false));
        DocComments.SummaryXml(writer, $"A client for {Title(client)}, generated from its OpenAPI document.");
        DocComments.Remarks(writer, client.Description);
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {client.ClientName} : {client.InterfaceName}"))
        {
            EmitConstruction(writer, client);
            foreach (var accessor in client.RootAccessors)
            {
                writer.Line();
                EmitRootAccessor(writer, accessor, "public ");
            }

            foreach (var operation in client.Operations)
            {
                writer.Line();
                OperationSignature.WriteDocs(writer, client, operation);
                EmitOperation(writer, operation);
            }

            writer.Line();
            EmitPlumbing(writer, client);
        }

        return writer.ToString();
    }

    /// <summary>The first step of the fluent API: a property for a literal segment, a method for a parameter segment.</summary>
    private static void EmitRootAccessor(SourceWriter writer, RequestBuilderAccessor accessor, string modifiers)
    {
        DocComments.SummaryXml(writer, $"The <c>/{DocComments.Escape(accessor.Segment)}</c> path and the paths below it.");
        if (accessor.Parameter is { } parameter)
        {
            DocComments.Param(writer, parameter.Name.TrimStart('@'), parameter.Description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> path parameter.");
            writer.Line($"{modifiers}{accessor.TargetBuilder} {accessor.MemberName}({CSharpTypes.Name(parameter.Type)} {parameter.Name}) => new(this, {parameter.Name});");
            return;
        }

        writer.Line($"{modifiers}{accessor.TargetBuilder} {accessor.MemberName} => new(this);");
    }

    private static string Title(ClientModel client) => client.Title is { Length: > 0 } title ? DocComments.Escape(title) : "the API";

    /// <summary>Only namespaces that have types: a using of an empty namespace would not compile.</summary>
    private static string[] Usings(ClientModel client, bool forInterface)
    {
        var usings = new List<string>();
        if (!forInterface)
        {
            usings.Add("global::OpenApiClientGenerator.Runtime");
        }

        if (client.HasModels)
        {
            usings.Add($"global::{client.ModelsNamespace}");
        }

        if (client.RequestBuilders.Count > 0)
        {
            usings.Add($"global::{client.RequestBuildersNamespace}");
        }

        if (!forInterface && client.Types.Count > 0)
        {
            usings.Add($"global::{client.SerializationNamespace}");
        }

        return usings.ToArray();
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.Line();
        }

        first = false;
    }

    private static void EmitConstruction(SourceWriter writer, ClientModel client)
    {
        writer.Line($"private readonly {HttpClient}? _httpClient;");
        writer.Line("private readonly string _baseAddress = string.Empty;");
        writer.Line();
        DocComments.SummaryXml(writer, "Creates a client for mocking: its operations throw until they are overridden.");
        writer.Line($"protected {client.ClientName}()");
        writer.OpenBlock().CloseBlock();
        writer.Line();
        DocComments.SummaryXml(writer, "Creates a client that sends its requests through <paramref name=\"httpClient\"/>.");
        DocComments.ParamXml(writer, "httpClient", "The HttpClient to send requests with, typically from IHttpClientFactory.");
        DocComments.ParamXml(writer, "options", "Options such as the base address; null for the defaults.");
        writer.Line($"public {client.ClientName}({HttpClient} httpClient, {client.OptionsName}? options = null)");
        using (writer.Block())
        {
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(httpClient);");
            writer.Line($"var baseAddress = options?.BaseAddress ?? httpClient.BaseAddress ?? {client.OptionsName}.DefaultBaseAddress");
            writer.Line($"    ?? throw new global::System.ArgumentException(\"No base address: set {client.OptionsName}.BaseAddress or HttpClient.BaseAddress.\", nameof(options));");
            writer.Line("_httpClient = httpClient;");
            writer.Line("_baseAddress = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress.AbsoluteUri : baseAddress.AbsoluteUri + \"/\";");
        }
    }

    private static void EmitOperation(SourceWriter writer, OperationModel operation)
    {
        writer.Line($"public virtual async {OperationSignature.ReturnType(operation)} {operation.AsyncMethodName}({OperationSignature.Parameters(operation)})");
        using (writer.Block())
        {
            foreach (var parameter in operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType))
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
            }

            var queryParameters = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
            var uri = UriExpression(operation);
            if (queryParameters.Count == 0)
            {
                writer.Line($"var uri = {uri};");
            }
            else
            {
                writer.Line($"var query = new QueryBuilder({uri});");
                foreach (var parameter in queryParameters)
                {
                    ParameterValueEmitter.EmitQuery(writer, parameter);
                }

                writer.Line("var uri = query.ToString();");
            }

            writer.Line($"using var request = new global::System.Net.Http.HttpRequestMessage({HttpMethod(operation.HttpMethod)}, uri);");
            if (OperationSignature.SuccessResponse(operation) is { } success)
            {
                writer.Line($"request.Headers.TryAddWithoutValidation(\"Accept\", {CSharpLiteral.String(success.BodyKind == BodyKind.Json ? "application/json" : success.MediaType ?? "*/*")});");
            }

            foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
            {
                ParameterValueEmitter.EmitHeader(writer, parameter);
            }

            ParameterValueEmitter.EmitCookies(writer, operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie).ToList());
            if (operation.RequestBody is { } body)
            {
                RequestBodyEmitter.Emit(writer, body, operation.Parameters.Where(p => p.Location is ParameterLocation.Body or ParameterLocation.FormField).ToList());
            }

            if (OperationSignature.SuccessResponse(operation)?.BodyKind == BodyKind.Binary)
            {
                // The caller reads the stream after this method returns, so the response must outlive it.
                writer.Line("var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);");
                using (writer.Block("if (response.IsSuccessStatusCode)"))
                {
                    const string Stream = "await ResponseStream.OpenAsync(response, cancellationToken).ConfigureAwait(false)";
                    WriteLines(writer, OperationSignature.ResultResponse(operation) is { } result ? ResultExpression(result, Stream) : $"return {Stream};", string.Empty);
                }

                writer.Line();
                using (writer.Block("using (response)"))
                {
                    EmitResponseSwitch(writer, operation, errorsOnly: true);
                }

                return;
            }

            writer.Line("using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);");
            EmitResponseSwitch(writer, operation, errorsOnly: false);
        }
    }

    private static string UriExpression(OperationModel operation)
    {
        var builder = new StringBuilder("$\"{_baseAddress}");
        var path = operation.Path.TrimStart('/');

        // A fragment ("/files/{id}#share", used by some specs to tell operations apart) is never sent.
        var hash = path.IndexOf('#');
        path = hash < 0 ? path : path.Substring(0, hash);
        var i = 0;
        while (i < path.Length)
        {
            var open = path.IndexOf('{', i);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(Interpolated(path.Substring(i)));
                break;
            }

            builder.Append(Interpolated(path.Substring(i, open - i)));
            var wireName = path.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == wireName);
            builder.Append("{UriFormatting.Path(").Append(ParameterValueEmitter.Format(parameter.Type, parameter.Name)).Append(")}");
            i = close + 1;
        }

        return builder.Append('"').ToString();
    }

    private static string Interpolated(string literal)
    {
        var quoted = CSharpLiteral.String(literal);
        return quoted.Substring(1, quoted.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }

    private static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        _ => "global::System.Net.Http.HttpMethod.Trace",
    };

    private static void EmitResponseSwitch(SourceWriter writer, OperationModel operation, bool errorsOnly)
    {
        var success = OperationSignature.SuccessResponse(operation);
        var operationId = CSharpLiteral.String(operation.OperationId);
        var bodyExpression = success switch
        {
            { BodyKind: BodyKind.Text } => "await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)",
            { BodyType: { } body } => $"await ReadAsync(response, {operationId}, {ValueReader(body)}, cancellationToken).ConfigureAwait(false)",
            _ => null,
        };
        var result = OperationSignature.ResultResponse(operation);
        var successStatement = result is not null ? ResultExpression(result, bodyExpression) : bodyExpression is null ? "return;" : $"return {bodyExpression};";

        using (writer.Block("switch ((int)response.StatusCode)"))
        {
            // Documented successes without a body answer null; every other 2xx is read as the success type.
            if (success is not null && !errorsOnly)
            {
                var empty = operation.Responses.Where(r => r.IsSuccess && r.BodyType is null).Select(r => Label(r.StatusCode)).Distinct().ToList();
                if (empty.Count > 0)
                {
                    foreach (var label in empty)
                    {
                        writer.Line(label);
                    }

                    WriteIndented(writer, result is not null ? ResultExpression(result, "null") : "return null;");
                }
            }

            if (!errorsOnly)
            {
                writer.Line("case >= 200 and <= 299:");
                WriteIndented(writer, successStatement);
            }

            // Exact codes before ranges across all groups, so no case is subsumed by an earlier range.
            var errors = operation.Responses.Where(r => !r.IsSuccess && r.StatusCode != "2XX" && r.StatusCode != "default").ToList();
            foreach (var isRange in new[] { false, true })
            {
                foreach (var group in errors.Where(r => r.StatusCode.EndsWith("XX", System.StringComparison.Ordinal) == isRange).GroupBy(r => r.BodyKind == BodyKind.Json ? r.BodyType : null))
                {
                    foreach (var label in group.Select(r => Label(r.StatusCode)).Distinct())
                    {
                        writer.Line(label);
                    }

                    writer.Line("    " + Throw(group.Key, operationId));
                }
            }

            writer.Line("default:");
            var fallback = operation.Responses.FirstOrDefault(r => r.StatusCode == "default");
            writer.Line("    " + Throw(fallback?.BodyKind == BodyKind.Json ? fallback.BodyType : null, operationId));
        }
    }

    /// <summary>A statement under a case label, one level in.</summary>
    private static void WriteIndented(SourceWriter writer, string statement) => WriteLines(writer, statement, "    ");

    /// <summary>A statement of several lines ("return new X\n{ … };"), each line with <paramref name="indent"/>.</summary>
    private static void WriteLines(SourceWriter writer, string statement, string indent)
    {
        foreach (var line in statement.Split('\n'))
        {
            writer.Line(indent + line);
        }
    }

    /// <summary>A return of the operation's result record: the body (when any) and each documented header.</summary>
    private static string ResultExpression(ResponseModel result, string? body)
    {
        var assignments = new List<string>();
        if (body is not null)
        {
            assignments.Add($"Body = {body}");
        }

        foreach (var header in result.Headers)
        {
            assignments.Add($"{header.Name} = HeaderReading.Read{CSharpTypes.PrimitiveSuffix(header.Type)}(response, {CSharpLiteral.String(header.WireName)})");
        }

        return $"return new {result.ResultTypeName}\n{{\n{string.Join("\n", assignments.Select(a => "    " + a + ","))}\n}};";
    }

    /// <summary>Exact codes before ranges, so no case is subsumed by an earlier one.</summary>
    private static IEnumerable<string> Ordered(List<string> labels)
        => labels.Where(label => !label.Contains(">=")).Concat(labels.Where(label => label.Contains(">=")));

    private static string Label(string statusCode)
    {
        if (statusCode.Length == 3 && statusCode.EndsWith("XX", System.StringComparison.Ordinal) && char.IsDigit(statusCode[0]))
        {
            return $"case >= {statusCode[0]}00 and <= {statusCode[0]}99:";
        }

        return $"case {statusCode}:";
    }

    /// <summary>Throws the client's exception; value-typed error bodies are only quoted, as the exception keeps an object.</summary>
    private static string Throw(TypeRef? errorType, string operationId)
        => errorType is null || errorType.IsValueType
            ? $"throw await CreateExceptionAsync<object>(response, {operationId}, null, cancellationToken).ConfigureAwait(false);"
            : $"throw await CreateExceptionAsync(response, {operationId}, {ValueReader(errorType)}, cancellationToken).ConfigureAwait(false);";

    /// <summary>A JsonValueReader for a body type: the converter's ReadValue, or a lambda for arrays and primitives.</summary>
    private static string ValueReader(TypeRef type)
        => type.Kind == TypeRefKind.Named
            ? $"{type.Name}JsonConverter.ReadValue"
            : $"static (ref global::System.Text.Json.Utf8JsonReader reader) => {JsonExpressions.Read(type, false, "$")}";

    private static void EmitPlumbing(SourceWriter writer, ClientModel client)
    {
        writer.Line($"private async global::System.Threading.Tasks.Task<{ResponseMessage}> SendAsync(global::System.Net.Http.HttpRequestMessage request, {CancellationToken} cancellationToken)");
        using (writer.Block())
        {
            writer.Line($"var httpClient = _httpClient ?? throw new global::System.InvalidOperationException(\"This {client.ClientName} was created for mocking; override the operations you call.\");");
            writer.Line("return await httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);");
        }

        writer.Line();
        writer.Line($"private static async global::System.Threading.Tasks.Task<T> ReadAsync<T>({ResponseMessage} response, string operationId, JsonValueReader<T> read, {CancellationToken} cancellationToken)");
        using (writer.Block())
        {
            writer.Line("using var body = await ResponseBody.ReadAsync(response.Content, int.MaxValue, cancellationToken).ConfigureAwait(false);");
            writer.Line("try");
            writer.OpenBlock();
            writer.Line("return body.Deserialize(read);");
            writer.CloseBlock();
            writer.Line("catch (global::System.Text.Json.JsonException ex)");
            writer.OpenBlock();
            writer.Line($"throw {client.ExceptionName}.FromResponse(response, operationId, null, body.Excerpt(), $\"{{operationId}} returned {{(int)response.StatusCode}} but its body could not be read: {{ex.Message}}\", ex);");
            writer.CloseBlock();
        }

        writer.Line();
        writer.Line($"private static async global::System.Threading.Tasks.Task<{client.ExceptionName}> CreateExceptionAsync<TError>({ResponseMessage} response, string operationId, JsonValueReader<TError>? readError, {CancellationToken} cancellationToken)");
        writer.Line("    where TError : class");
        using (writer.Block())
        {
            writer.Line("using var body = await ResponseBody.ReadAsync(response.Content, ResponseBody.MaxErrorBodyBytes, cancellationToken).ConfigureAwait(false);");
            writer.Line("TError? error = null;");
            using (writer.Block("if (readError is not null && !body.Span.IsEmpty)"))
            {
                writer.Line("try");
                writer.OpenBlock();
                writer.Line("error = body.Deserialize(readError);");
                writer.CloseBlock();
                writer.Line("catch (global::System.Text.Json.JsonException)");
                writer.OpenBlock();
                writer.Line("// Not the documented error body; the excerpt below still shows what came back.");
                writer.CloseBlock();
            }

            writer.Line();
            writer.Line("var message = $\"{operationId} failed: the service returned {(int)response.StatusCode} ({response.ReasonPhrase}).\";");
            writer.Line($"return {client.ExceptionName}.FromResponse(response, operationId, error, body.Excerpt(), message);");
        }
    }
}
