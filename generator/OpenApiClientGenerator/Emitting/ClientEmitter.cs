using System.Collections.Generic;
using System.Linq;
using System.Text;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the client interface and class: one virtual async method per operation (CancellationToken last) and the roots
/// of the fluent path API. What every client shares (sending, timeouts, reading bodies, turning failures into the
/// exception type) is the runtime's <c>ApiPipeline</c>; a method only says what is specific to its operation.
/// </summary>
internal static class ClientEmitter
{
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
                EmitRootAccessor(writer, accessor, string.Empty);
            }

            foreach (var operation in client.Operations)
            {
                Separate(writer, ref first);
                OperationSignature.WriteDocs(writer, client, operation);
                writer.Line($"{OperationSignature.ReturnType(operation)} {operation.AsyncMethodName}({OperationSignature.Parameters(operation)});");
                OperationVariants.WriteInterfaceMembers(writer, client, operation);
            }
        }

        return writer.ToString();
    }

    public static string EmitClient(ClientModel client, TypeCatalog types)
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
                OperationVariants.WriteClientMembers(writer, client, operation);
            }

            foreach (var operation in client.Operations)
            {
                writer.Line();
                OperationSignature.WriteObsolete(writer, operation);
                EmitOperation(writer, types, operation);
            }
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
        if (client.HasModels)
        {
            usings.Add($"global::{client.ModelsNamespace}");
        }

        if (client.RequestBuilders.Count > 0)
        {
            usings.Add($"global::{client.RequestBuildersNamespace}");
        }

        if (!forInterface && SourceEmitter.HasConverters(client))
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
        var pipeline = $"{RuntimeTypes.ApiPipeline}<{client.ExceptionName}>";
        EmitTelemetryField(writer, client);
        writer.Line($"private readonly {pipeline} _pipeline;");
        writer.Line();
        DocComments.SummaryXml(writer, "Creates a client for mocking: its operations throw until they are overridden.");
        writer.Line($"protected {client.ClientName}() => _pipeline = {pipeline}.ForMocking(nameof({client.ClientName}));");
        writer.Line();
        DocComments.SummaryXml(writer, "Creates a client that sends its requests through <paramref name=\"httpClient\"/>.");
        DocComments.ParamXml(writer, "httpClient", "The HttpClient to send requests with, typically from IHttpClientFactory.");
        DocComments.ParamXml(writer, "options", "Options such as the base address and the timeouts; null for the defaults.");
        DocComments.ExceptionXml(writer, "global::System.ArgumentException", "No base address is set, or a limit in the options is not positive.");
        var secrets = string.Concat(client.SecretHeaders.Select(name => ", " + CSharpLiteral.String(name)));
        writer.Line($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient, {client.OptionsName}? options = null)");
        writer.Line($"    => _pipeline = new(httpClient, options ?? new(), {client.OptionsName}.DefaultBaseAddress{secrets}) {{ Telemetry = s_telemetry }};");
    }

    /// <summary>One ActivitySource and Meter per client type, named after its namespace (what OpenTelemetry is told to listen to).</summary>
    private static void EmitTelemetryField(SourceWriter writer, ClientModel client)
    {
        DocComments.SummaryXml(writer, $"The client's spans and metrics: ActivitySource and Meter <c>{DocComments.Escape(client.TelemetryName)}</c>.");
        writer.Line($"private static readonly {RuntimeTypes.ApiTelemetry} s_telemetry = new({CSharpLiteral.String(client.TelemetryName)});");
        writer.Line();
    }

    private static void EmitOperation(SourceWriter writer, TypeCatalog types, OperationModel operation)
    {
        writer.Line($"private async {OperationSignature.ReturnType(operation)} {operation.CoreMethodName}Async({OperationVariants.CoreParameters(operation)})");
        using (writer.Block())
        {
            foreach (var parameter in operation.Parameters.Where(p => p.IsRequired && !p.Type.IsValueType))
            {
                writer.Line($"global::System.ArgumentNullException.ThrowIfNull({parameter.Name});");
            }

            var queryParameters = operation.Parameters.Where(p => p.Location == ParameterLocation.Query).ToList();
            var uri = UriExpression(types, operation);
            if (queryParameters.Count > 0)
            {
                writer.Line($"var query = new {RuntimeTypes.QueryBuilder}({uri});");
                foreach (var parameter in queryParameters)
                {
                    ParameterValueEmitter.EmitQuery(writer, types, parameter);
                }

                uri = "query.ToString()";
            }

            var success = OperationSignature.SuccessResponse(operation);
            var accept = success is null ? "null" : CSharpLiteral.String(success.BodyKind == BodyKind.Json ? "application/json" : success.MediaType ?? "*/*");
            writer.Line($"using var request = _pipeline.Start({CSharpLiteral.String(operation.OperationId)}, {HttpMethod(operation.HttpMethod)}, {CSharpLiteral.String(PathTemplate(operation))}, {uri}, {accept}, {OperationVariants.CallParameter}, cancellationToken);");
            foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Header))
            {
                ParameterValueEmitter.EmitHeader(writer, types, parameter);
            }

            foreach (var parameter in operation.Parameters.Where(p => p.Location == ParameterLocation.Cookie))
            {
                ParameterValueEmitter.EmitCookie(writer, types, parameter);
            }

            if (operation.RequestBody is { } body)
            {
                RequestBodyEmitter.Emit(writer, types, body, operation.Parameters.Where(p => p.Location is ParameterLocation.Body or ParameterLocation.FormField).ToList());
            }

            writer.Line("await request.SendAsync().ConfigureAwait(false);");
            EmitResponseSwitch(writer, types, operation);
        }
    }

    /// <summary>The spec's path without a fragment: telemetry's url.template (parameters stay names, never values).</summary>
    private static string PathTemplate(OperationModel operation)
        => operation.Path.IndexOf('#') is var hash and >= 0 ? operation.Path.Substring(0, hash) : operation.Path;

    /// <summary>The path relative to the base address, as a C# string (interpolated when it holds parameters).</summary>
    private static string UriExpression(TypeCatalog types, OperationModel operation)
    {
        var builder = new StringBuilder();
        var path = operation.Path.TrimStart('/');

        // A fragment ("/files/{id}#share", used by some specs to tell operations apart) is never sent.
        var hash = path.IndexOf('#');
        path = hash < 0 ? path : path.Substring(0, hash);
        var interpolated = false;
        var i = 0;
        while (i < path.Length)
        {
            var open = path.IndexOf('{', i);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(Literal(path.Substring(i)));
                break;
            }

            builder.Append(Literal(path.Substring(i, open - i)));
            var wireName = path.Substring(open + 1, close - open - 1);
            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == wireName);
            builder.Append("{(").Append(ParameterValueEmitter.PathSegment(types, parameter)).Append(")}");
            interpolated = true;
            i = close + 1;
        }

        return interpolated ? $"$\"{builder}\"" : CSharpLiteral.String(path);

        string Literal(string text)
        {
            var quoted = CSharpLiteral.String(text);
            return quoted.Substring(1, quoted.Length - 2).Replace("{", "{{").Replace("}", "}}");
        }
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

    /// <summary>
    /// One case per documented outcome: successes without a body answer null, any other 2xx is read as the success type
    /// (or handed over as a stream); errors become the exception, with the error body the spec documents for the status.
    /// </summary>
    private static void EmitResponseSwitch(SourceWriter writer, TypeCatalog types, OperationModel operation)
    {
        var success = OperationSignature.SuccessResponse(operation);
        var result = OperationSignature.ResultResponse(operation);
        var body = success switch
        {
            { BodyKind: BodyKind.Binary } => "await request.OpenStreamAsync().ConfigureAwait(false)",
            { BodyKind: BodyKind.Text } => "await request.ReadTextAsync().ConfigureAwait(false)",
            { BodyType: { } type } => OperationVariants.ReadJson(types, operation, type),
            _ => null,
        };

        using (writer.Block("switch (request.Status)"))
        {
            // A streamed body is handed over for any 2xx, as documented successes without a body still have a (empty) stream.
            var empty = operation.Responses.Where(r => r.IsSuccess && r.BodyType is null).Select(r => r.StatusCode).Distinct().ToList();
            if (success is not null && success.BodyKind != BodyKind.Binary && empty.Count > 0)
            {
                Case(writer, Label(empty), Return(result, "null"));
            }

            Case(writer, ">= 200 and <= 299", Return(result, body));

            // Exact codes before ranges, so no case is subsumed by an earlier range. A case that would throw just as the
            // default does is left to it, unless a range would otherwise catch its code.
            var fallback = operation.Responses.FirstOrDefault(r => r.StatusCode == "default");
            var fallbackThrow = Throw(types, ErrorBody(fallback));
            var errors = operation.Responses.Where(r => !r.IsSuccess && r.StatusCode != "2XX" && r.StatusCode != "default").ToList();
            var ranges = errors.Where(IsRange).GroupBy(ErrorBody).Where(group => Throw(types, group.Key) != fallbackThrow).ToList();
            var exact = errors.Where(r => !IsRange(r)).GroupBy(ErrorBody)
                .Select(group => (group.Key, Codes: group.Where(r => Throw(types, group.Key) != fallbackThrow || ranges.Any(range => range.Any(c => c.StatusCode[0] == r.StatusCode[0]))).ToList()))
                .Where(group => group.Codes.Count > 0);
            foreach (var (errorBody, codes) in exact)
            {
                Case(writer, Label(codes.Select(r => r.StatusCode).Distinct().ToList()), Throw(types, errorBody));
            }

            foreach (var range in ranges)
            {
                Case(writer, Label(range.Select(r => r.StatusCode).Distinct().ToList()), Throw(types, range.Key));
            }

            writer.Line("default: " + fallbackThrow);
        }
    }

    private static bool IsRange(ResponseModel response) => response.StatusCode.EndsWith("XX", System.StringComparison.Ordinal);

    /// <summary>The documented JSON body of an error response, if any.</summary>
    private static TypeRef? ErrorBody(ResponseModel? response) => response?.BodyKind == BodyKind.Json ? response.BodyType : null;

    /// <summary>A case on one line, or with its statement below when that spans lines (a result record).</summary>
    private static void Case(SourceWriter writer, string pattern, string statement)
    {
        if (!statement.Contains('\n'))
        {
            writer.Line($"case {pattern}: {statement}");
            return;
        }

        writer.Line($"case {pattern}:");
        foreach (var line in statement.Split('\n'))
        {
            writer.Line("    " + line);
        }
    }

    /// <summary>The return of a success: the body, or the operation's result record (the body and each documented header).</summary>
    private static string Return(ResponseModel? result, string? body)
    {
        if (result is null)
        {
            return body is null ? "return;" : $"return {body};";
        }

        var assignments = new List<string>();
        if (body is not null)
        {
            assignments.Add($"Body = {body}");
        }

        foreach (var header in result.Headers)
        {
            assignments.Add($"{header.Name} = {RuntimeTypes.HeaderReading}.Read{CSharpTypes.PrimitiveSuffix(header.Type)}(request.Response, {CSharpLiteral.String(header.WireName)})");
        }

        return $"return new {result.ResultTypeName}\n{{\n{string.Join("\n", assignments.Select(a => "    " + a + ","))}\n}};";
    }

    /// <summary>"404 or 409" for exact codes, ">= 400 and <= 499" for a range ("4XX").</summary>
    private static string Label(List<string> statusCodes)
        => string.Join(" or ", statusCodes.Select(code => code.Length == 3 && code.EndsWith("XX", System.StringComparison.Ordinal) && char.IsDigit(code[0])
            ? (statusCodes.Count > 1 ? $"(>= {code[0]}00 and <= {code[0]}99)" : $">= {code[0]}00 and <= {code[0]}99")
            : code));

    /// <summary>Throws the client's exception; value-typed error bodies are only quoted, as the exception keeps an object.</summary>
    private static string Throw(TypeCatalog types, TypeRef? errorType)
        => errorType is null || errorType.IsValueType
            ? "throw await request.FailAsync().ConfigureAwait(false);"
            : $"throw await request.FailAsync({JsonExpressions.ValueReader(types, errorType, "$")}).ConfigureAwait(false);";
}
