using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli.Offline;

/// <summary>
/// Partner Center without a network, for trying the tool: an in-memory <see cref="HttpMessageHandler"/> that answers the
/// usage operation with the OpenAPI document's own example (for any customer id), echoing MS-RequestId and
/// MS-CorrelationId as the service does, and 404 with a Partner Center error for any other path. No sockets and no
/// reflection, so the native (AOT) build runs it as the JIT build does.
/// </summary>
internal sealed partial class OfflinePartnerCenter : HttpMessageHandler
{
    /// <summary>The address the client is given: https, so the client's bearer-token rule holds; .invalid, so nothing could ever resolve it.</summary>
    public static readonly Uri BaseAddress = new("https://partner-center.offline.invalid/v1/");

    /// <summary>The token the client sends to the offline handler.</summary>
    public const string AccessToken = "offline-token";

    private const string UsagePath = "/customers/{customer-id}/analytics/licenses/usage";
    private const string NotFoundBody = """{"code":600002,"description":"The offline examples have no such resource.","data":[],"source":"PartnerCenter.Licenses.Cli offline"}""";

    private static readonly string[] EchoedHeaders = ["MS-RequestId", "MS-CorrelationId"];
    private static readonly Lazy<string> UsageExample = new(ReadUsageExample);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var found = request.Method == HttpMethod.Get && request.RequestUri is { } uri && UsageRoute().IsMatch(uri.AbsolutePath);
        var response = new HttpResponseMessage(found ? HttpStatusCode.OK : HttpStatusCode.NotFound)
        {
            RequestMessage = request,
            Content = new StringContent(found ? UsageExample.Value : NotFoundBody, Encoding.UTF8, "application/json"),
        };
        foreach (var name in EchoedHeaders)
        {
            if (request.Headers.TryGetValues(name, out var values))
            {
                response.Headers.TryAddWithoutValidation(name, values);
            }
        }

        return Task.FromResult(response);
    }

    [GeneratedRegex("^/v1/customers/[^/]+/analytics/licenses/usage$", RegexOptions.CultureInvariant)]
    private static partial Regex UsageRoute();

    /// <summary>The 200 example of the usage operation in the spec embedded in this assembly.</summary>
    private static string ReadUsageExample()
    {
        using var stream = typeof(OfflinePartnerCenter).Assembly.GetManifestResourceStream("partner-center.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is not embedded in the tool.");
        using var document = JsonDocument.Parse(stream);
        var path = new List<string> { "paths", UsagePath, "get", "responses", "200", "content", "application/json", "example" };
        var element = document.RootElement;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                throw new InvalidDataException($"The embedded OpenAPI document has no {string.Join('/', path)}.");
            }
        }

        return element.GetRawText();
    }
}
