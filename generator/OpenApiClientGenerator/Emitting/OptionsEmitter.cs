using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits the options type of a client (partial, so a package can add its own settings): the base address and the limits
/// every call keeps to, so a service that stalls or drip-feeds its response cannot hang the caller.
/// </summary>
internal static class OptionsEmitter
{
    /// <summary>Azure SDK's network timeout: long enough for a slow service, short enough to notice a dead connection.</summary>
    private const int NetworkTimeoutSeconds = 100;

    /// <summary>The whole call, body included: well above any JSON response a service means to send.</summary>
    private const int TimeoutMinutes = 5;

    public static string Emit(ClientModel client)
    {
        var writer = new SourceWriter().FileHeader(client.Namespace, client.UsesDeprecated);
        DocComments.SummaryXml(writer, $"Options for <see cref=\"{client.ClientName}\"/>, read when the client is created.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public partial class {client.OptionsName} : {RuntimeTypes.ClientOptions}"))
        {
            if (client.DefaultBaseAddress is { } address)
            {
                DocComments.SummaryXml(writer, $"The address used when neither these options nor the HttpClient set one: <c>{DocComments.Escape(address)}</c>, the spec's first server.");
                writer.Line($"public static global::System.Uri? DefaultBaseAddress {{ get; }} = new({CSharpLiteral.String(address)});");
            }
            else
            {
                DocComments.SummaryXml(writer, "The spec names no absolute server address, so a base address must be set here or on the HttpClient.");
                writer.Line("public static global::System.Uri? DefaultBaseAddress => null;");
            }

            writer.Line();
            DocComments.SummaryXml(writer, "The address that operation paths are relative to. When null, the HttpClient's BaseAddress is used, then <see cref=\"DefaultBaseAddress\"/>.");
            writer.Line("public global::System.Uri? BaseAddress { get; set; }");
            writer.Line();
            DocComments.SummaryXml(
                writer,
                $"How long one call may take in all: sending the request, waiting for the response and reading its body ({TimeoutMinutes} minutes by default; "
                + "<see cref=\"global::System.Threading.Timeout.InfiniteTimeSpan\"/> for no limit). A call that takes longer throws "
                + $"<see cref=\"{client.ExceptionName}\"/>. A body returned as a stream is bounded by <see cref=\"NetworkTimeout\"/> only.");
            writer.Line($"public global::System.TimeSpan Timeout {{ get; set; }} = global::System.TimeSpan.FromMinutes({TimeoutMinutes});");
            writer.Line();
            DocComments.SummaryXml(
                writer,
                $"How long to wait for the service at each step: the response headers, then each read of the body ({NetworkTimeoutSeconds} seconds by default; "
                + "<see cref=\"global::System.Threading.Timeout.InfiniteTimeSpan\"/> for no limit). A service that stops sending fails the call with "
                + $"<see cref=\"{client.ExceptionName}\"/> after this long.");
            writer.Line($"public global::System.TimeSpan NetworkTimeout {{ get; set; }} = global::System.TimeSpan.FromSeconds({NetworkTimeoutSeconds});");
            writer.Line();
            DocComments.SummaryXml(
                writer,
                $"The largest success body read, in bytes; a larger one fails the call with <see cref=\"{client.ExceptionName}\"/>. Null (the default) for no limit. "
                + "Error bodies are always read only in part.");
            writer.Line("public long? MaxResponseBodySize { get; set; }");
            writer.Line();
            DocComments.SummaryXml(
                writer,
                "Whether a response that lacks a property the spec requires fails the call. False (the default) reads it as its "
                + "default value (an empty list or map for a collection), so one drift of the service from its spec does not cost the "
                + $"whole response; true throws <see cref=\"{client.ExceptionName}\"/> naming the property.");
            writer.Line("public bool StrictResponseReading { get; set; }");
            EmitMaxPages(writer, client);
            EmitCredentials(writer, client);
        }

        return writer.ToString();
    }

    /// <summary>
    /// One callback per security scheme the operations use, asked for the credential on each call that accepts the scheme
    /// (so a token can be refreshed; cache it in the callback). A scheme left null is not sent.
    /// </summary>
    private static void EmitCredentials(SourceWriter writer, ClientModel client)
    {
        const string Secret = "global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>";
        const string UserAndPassword = "global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<global::System.Net.NetworkCredential>>";
        foreach (var scheme in client.SecuritySchemes)
        {
            writer.Line();
            var where = scheme.Kind switch
            {
                Model.Spec.SecuritySchemeKind.ApiKey => $"The API key of the <c>{DocComments.Escape(scheme.Key)}</c> scheme, sent as the <c>{DocComments.Escape(scheme.WireName ?? string.Empty)}</c> {Where(scheme.Location)}",
                Model.Spec.SecuritySchemeKind.Basic => $"The user and password of the <c>{DocComments.Escape(scheme.Key)}</c> scheme, sent as <c>Authorization: Basic …</c>",
                _ => $"The token of the <c>{DocComments.Escape(scheme.Key)}</c> scheme, sent as <c>Authorization: Bearer …</c>",
            };
            DocComments.SummaryXml(writer, $"{where}, asked for on each call of an operation that accepts it (null: not sent).");
            DocComments.Remarks(writer, scheme.Description);
            writer.Line($"public {(scheme.Kind == Model.Spec.SecuritySchemeKind.Basic ? UserAndPassword : Secret)}? {scheme.OptionName} {{ get; set; }}");
        }
    }

    private static string Where(ParameterLocation? location) => location switch
    {
        ParameterLocation.Query => "query parameter",
        ParameterLocation.Cookie => "cookie",
        _ => "header",
    };
    private static void EmitMaxPages(SourceWriter writer, ClientModel client)
    {
        writer.Line();
        DocComments.SummaryXml(
            writer,
            "The most pages one walk over a pageable operation's pages requests (the <c>…AllAsync</c> methods); a service that links to more fails the walk with "
            + $"<see cref=\"{client.ExceptionName}\"/> rather than page on forever. Null (the default) for no limit.");
        writer.Line("public int? MaxPages { get; set; }");
    }
}
