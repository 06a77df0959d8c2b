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
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated, Usings(client, hasConverters: false));
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
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated, Usings(client, types.HasConverters));
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
    private static string[] Usings(ClientModel client, bool hasConverters)
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

        if (hasConverters)
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
        if (client.SecuritySchemes.IsEmpty)
        {
            writer.Line($"    => _pipeline = new(httpClient, options ?? new(), {client.OptionsName}.DefaultBaseAddress{secrets}) {{ Telemetry = s_telemetry }};");
            return;
        }

        using (writer.Block())
        {
            writer.Line("options ??= new();");
            writer.Line($"_pipeline = new(httpClient, options, {client.OptionsName}.DefaultBaseAddress{secrets})");
            writer.Line("{");
            writer.Line("    Telemetry = s_telemetry,");
            writer.Line("    Credentials = new[]");
            writer.Line("    {");
            foreach (var scheme in client.SecuritySchemes)
            {
                writer.Line($"        {Credential(scheme)},");
            }

            writer.Line("    },");
            writer.Line("};");
        }
    }

    /// <summary>A security scheme and the option that supplies its credential, for the runtime to send.</summary>
    private static string Credential(SecuritySchemeModel scheme)
    {
        var key = CSharpLiteral.String(scheme.Key);
        var option = CSharpLiteral.String(scheme.OptionName);
        return scheme.Kind switch
        {
            Model.Spec.SecuritySchemeKind.ApiKey =>
                $"{RuntimeTypes.ApiCredential}.ApiKey({key}, {option}, {CSharpLiteral.String(scheme.WireName!)}, {RuntimeTypes.ApiKeyLocation}.{(scheme.Location == ParameterLocation.Query ? "Query" : scheme.Location == ParameterLocation.Cookie ? "Cookie" : "Header")}, options.{scheme.OptionName})",
            Model.Spec.SecuritySchemeKind.Basic => $"{RuntimeTypes.ApiCredential}.Basic({key}, {option}, options.{scheme.OptionName})",
            _ => $"{RuntimeTypes.ApiCredential}.Bearer({key}, {option}, options.{scheme.OptionName})",
        };
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

            foreach (var parameter in operation.Parameters.Where(p => !p.IsRequired))
            {
                if (ParameterValueEmitter.ClientDefault(types, parameter) is { } clientDefault)
                {
                    writer.Line($"{parameter.Name} ??= {clientDefault};");
                }
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

            var accept = Accept(operation);
            writer.Line($"using var request = _pipeline.Start({CSharpLiteral.String(operation.OperationId)}, {HttpMethod(operation.HttpMethod)}, {CSharpLiteral.String(PathTemplate(operation))}, {uri}, {accept}, {OperationVariants.CallParameter}, cancellationToken);");
            if (!operation.Security.IsEmpty)
            {
                writer.Line($"request.UseCredentials({string.Join(", ", operation.Security.Select(CSharpLiteral.String))});");
            }

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

    /// <summary>The Accept header: the media types the operation's results can be read as, as the spec declares them; null when none has a body.</summary>
    private static string Accept(OperationModel operation)
    {
        var accepted = operation.Responses.Where(r => r.IsResult).SelectMany(r => r.ReadableMediaTypes).Distinct(System.StringComparer.OrdinalIgnoreCase).ToList();
        return accepted.Count == 0 ? "null" : CSharpLiteral.String(string.Join(", ", accepted));
    }

    /// <summary>
    /// The spec's path without a fragment ("/files/{id}#share", used by some specs to tell operations apart, is never
    /// sent): what is requested, and telemetry's url.template (parameters stay names, never values).
    /// </summary>
    private static string PathTemplate(OperationModel operation)
        => operation.Path.IndexOf('#') is var hash and >= 0 ? operation.Path.Substring(0, hash) : operation.Path;

    /// <summary>The request's address, the base address and the path, as a C# string (interpolated when the path holds parameters).</summary>
    private static string UriExpression(TypeCatalog types, OperationModel operation)
    {
        var builder = new StringBuilder("{_pipeline.BaseAddress}");
        var path = PathTemplate(operation).TrimStart('/');
        var interpolated = false;
        foreach (var (text, isParameter) in Parsing.PathTemplate.Parts(path))
        {
            if (!isParameter)
            {
                builder.Append(Literal(text));
                continue;
            }

            var parameter = operation.Parameters.First(p => p.Location == ParameterLocation.Path && p.WireName == text);
            var segment = ParameterValueEmitter.PathSegment(types, parameter);
            builder.Append(segment == parameter.Name ? $"{{{segment}}}" : $"{{({segment})}}");
            interpolated = true;
        }

        return interpolated ? $"$\"{builder}\"" : $"_pipeline.BaseAddress + {CSharpLiteral.String(path)}";

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
    /// One case per documented outcome. A result (a declared 2xx or 3xx, or a status the spec says is no error) returns what
    /// it carries, read by its own schema; an error becomes the exception, with the error body the spec documents for the
    /// status. A status the operation does not declare falls to default: an error (with default's body, if any). An
    /// operation that declares no result at all treats any 2xx as a success without a value.
    /// </summary>
    private static void EmitResponseSwitch(SourceWriter writer, TypeCatalog types, OperationModel operation)
    {
        var results = operation.Responses.Where(r => r.IsResult).ToList();
        var cases = results.GroupBy(r => (IsRange(r), ResultStatement(types, operation, r)))
            .Select(group => (IsRange: group.Key.Item1, Codes: group.Select(r => r.StatusCode).Distinct().ToList(), Statement: group.Key.Item2))
            .ToList();
        if (results.Count == 0)
        {
            cases.Add((true, new List<string> { "2XX" }, "return;"));
        }

        // A case that would throw just as the default does is left to it, unless a range would otherwise catch its code.
        var fallback = operation.Responses.FirstOrDefault(r => r.StatusCode == "default");
        var fallbackThrow = Throw(types, ErrorBody(fallback));
        var errors = operation.Responses.Where(r => !r.IsResult && r.StatusCode != "default").ToList();
        var errorRanges = errors.Where(IsRange).GroupBy(ErrorBody).Where(group => Throw(types, group.Key) != fallbackThrow).ToList();
        var rangeDigits = errorRanges.SelectMany(group => group).Select(r => r.StatusCode[0]).Concat(cases.Where(c => c.IsRange).SelectMany(c => c.Codes).Select(code => code[0])).ToList();
        cases.AddRange(errors.Where(r => !IsRange(r)).GroupBy(ErrorBody)
            .Select(group => (IsRange: false, Codes: group.Where(r => Throw(types, group.Key) != fallbackThrow || rangeDigits.Contains(r.StatusCode[0])).Select(r => r.StatusCode).Distinct().ToList(), Statement: Throw(types, group.Key)))
            .Where(group => group.Codes.Count > 0));
        cases.AddRange(errorRanges.Select(group => (IsRange: true, Codes: group.Select(r => r.StatusCode).Distinct().ToList(), Statement: Throw(types, group.Key))));

        using (writer.Block("switch (request.Status)"))
        {
            // Exact codes before ranges, so no case is subsumed by an earlier range.
            foreach (var (_, codes, statement) in cases.Where(c => !c.IsRange).Concat(cases.Where(c => c.IsRange)))
            {
                Case(writer, Label(codes), statement);
            }

            writer.Line("default: " + fallbackThrow);
        }
    }

    private static bool IsRange(ResponseModel response) => IsRange(response.StatusCode);

    private static bool IsRange(string statusCode) => statusCode.EndsWith("XX", System.StringComparison.Ordinal);

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

    /// <summary>
    /// The return of one result: true or false for an existence check; else its body, or the operation's result record
    /// (the status, its body in that status's property or in Body, and each documented header).
    /// </summary>
    private static string ResultStatement(TypeCatalog types, OperationModel operation, ResponseModel response)
    {
        if (operation.IsExistenceCheck)
        {
            return response.StatusCode == "404" ? "return false;" : "return true;";
        }

        var body = ResultBody(types, operation, response);
        if (OperationSignature.ResultResponse(operation) is not { } record)
        {
            return OperationSignature.SuccessResponse(operation) is null ? "return;" : $"return {body ?? "null"};";
        }

        var assignments = new List<string>();
        if (OperationSignature.IsChoice(operation))
        {
            assignments.Add("Status = request.Status");
            if (response.ResultProperty is { } property && body is not null)
            {
                assignments.Add($"{property} = {body}");
            }
        }
        else if (body is not null)
        {
            assignments.Add($"Body = {body}");
        }

        foreach (var header in record.Headers)
        {
            assignments.Add($"{header.Name} = {HeaderRead(types, header)}");
        }

        return $"return new {record.ResultTypeName}\n{{\n{string.Join("\n", assignments.Select(a => "    " + a + ","))}\n}};";
    }

    /// <summary>
    /// The body of one result, read by its own schema: a stream, text, or JSON (null when empty where the spec allows
    /// it). A result without a body has none (null), except in an operation that streams: it hands over the empty stream.
    /// </summary>
    private static string? ResultBody(TypeCatalog types, OperationModel operation, ResponseModel response)
    {
        const string Configured = ".ConfigureAwait(false)";
        var streams = OperationSignature.SuccessResponse(operation) is { BodyKind: BodyKind.Binary };
        return response switch
        {
            { BodyKind: BodyKind.Binary } => "await request.OpenStreamAsync()" + Configured,
            { BodyType: null } => streams ? "await request.OpenStreamAsync()" + Configured : null,
            { BodyKind: BodyKind.Text } => "await request.ReadTextAsync()" + Configured,
            { BodyMayBeEmpty: true } => $"await request.ReadOrDefaultAsync(static (ref global::System.Text.Json.Utf8JsonReader reader) => {JsonExpressions.Read(types, response.BodyType!, true, "$")})" + Configured,
            _ => OperationVariants.ReadJson(types, operation, response.BodyType!),
        };
    }

    /// <summary>A documented response header read into its type (null when absent or unreadable).</summary>
    private static string HeaderRead(TypeCatalog types, HeaderModel header)
    {
        var name = CSharpLiteral.String(header.WireName);
        return types.Enum(header.Type) is { } model
            ? $"{RuntimeTypes.HeaderReading}.Read{(model.IsInteger ? "Int64Enum" : "StringEnum")}<{header.Type.Name}>(request.Response, {name})"
            : $"{RuntimeTypes.HeaderReading}.Read{CSharpTypes.PrimitiveSuffix(header.Type)}(request.Response, {name})";
    }

    /// <summary>"404 or 409" for exact codes, ">= 400 and <= 499" for a range ("4XX").</summary>
    private static string Label(List<string> statusCodes)
        => string.Join(" or ", statusCodes.Select(code => code.Length == 3 && code.EndsWith("XX", System.StringComparison.Ordinal) && char.IsDigit(code[0])
            ? (statusCodes.Count > 1 ? $"(>= {code[0]}00 and <= {code[0]}99)" : $">= {code[0]}00 and <= {code[0]}99")
            : code));

    /// <summary>Throws the client's exception, with the error body read by its schema (a number or a boolean as well as a model).</summary>
    private static string Throw(TypeCatalog types, TypeRef? errorType)
        => errorType is null
            ? "throw await request.FailAsync().ConfigureAwait(false);"
            : $"throw await request.FailAsync({JsonExpressions.ValueReader(types, errorType, "$")}).ConfigureAwait(false);";
}
