using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// A server in memory: answers every request at once with the licenses-usage payload of the size the customer id asks
/// for (<see cref="CustomerIds"/>), with Content-Length, as Kestrel would. The bodies are built once per size; what a
/// request costs here (the response message and content) is the same for every client.
/// </summary>
public sealed class InMemoryPartnerCenterHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<int, byte[]> _payloads = new();
    private readonly ConcurrentDictionary<int, long> _lengths = new();
    private readonly bool _streamed;

    /// <param name="streamed">Write each body as it is read instead of from a built array (for 1,000,000 items).</param>
    public InMemoryPartnerCenterHandler(bool streamed = false) => _streamed = streamed;

    /// <summary>Counts the streamed body's length ahead of the measured call (it is written once to count it).</summary>
    public void PrepareStreamedLength(int itemCount) => StreamedLength(itemCount);

    /// <summary>The body served for <paramref name="itemCount"/> items.</summary>
    public byte[] Payload(int itemCount) => _payloads.GetOrAdd(itemCount, LicensesUsagePayload.Build);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpContent content;
        if (LastPage.IsNextPageRequest(request.RequestUri!))
        {
            content = new ByteArrayContent(LastPage.Body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }

        var itemCount = CustomerIds.ItemCount(request.RequestUri!.AbsolutePath);
        if (_streamed)
        {
            content = new StreamContent(LicensesUsagePayload.OpenRead(itemCount), 64 * 1024);
            content.Headers.ContentLength = StreamedLength(itemCount);
        }
        else
        {
            content = new ByteArrayContent(Payload(itemCount));
        }

        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    // Shared by several HttpClients and by IHttpClientFactory's handler rotation, which may dispose it: it holds nothing
    // that disposing would release, and keeps answering afterwards.
    protected override void Dispose(bool disposing) => base.Dispose(disposing);

    private long StreamedLength(int itemCount) => _lengths.GetOrAdd(itemCount, LicensesUsagePayload.Length);
}
