using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli.Http;

/// <summary>
/// <c>--verbose</c>: one stderr line per attempt sent and per answer, with the ids to quote to support. It sits inside the
/// retry handler, so each retry shows; it prints no header values but those ids, and URLs with their secrets redacted.
/// </summary>
internal sealed class VerboseRequestLog(StderrLines stderr) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var requestId = Header(request.Headers, "MS-RequestId");
        var url = request.RequestUri is { } uri ? DisplayUrl.Of(uri) : "(no URL)";
        await stderr.WriteLineAsync($"verbose: {request.Method} {url} (MS-RequestId {requestId})").ConfigureAwait(false);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var retryAfter = response.Headers.RetryAfter is { } wait ? $", Retry-After {wait}" : string.Empty;
            await stderr.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"verbose: {(int)response.StatusCode} {response.ReasonPhrase} after {elapsed:0} ms (MS-RequestId {Header(response.Headers, "MS-RequestId")}{retryAfter})")).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            await stderr.WriteLineAsync($"verbose: no answer: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            throw;
        }
    }

    private static string Header(System.Net.Http.Headers.HttpHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? string.Join(",", values) : "none";
}
