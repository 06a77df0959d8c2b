using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Licenses.Benchmarks.Streams.Download;

namespace PartnerCenter.Licenses.Benchmarks.Streams;

/// <summary>
/// A 1 MiB binary body the caller reads as a stream in 4 KiB reads (a StreamReader's size), asynchronously and
/// synchronously: our client's stream (each read bounded by the network timeout) against raw HttpClient's content
/// stream (no bound). The in-memory handler's body is all there, so every read completes at once: what is measured is
/// what each read adds over the bytes' copy.
/// </summary>
public class StreamReadBenchmarks
{
    private const int BodySize = 1024 * 1024;
    private const int ReadSize = 4096;

    private readonly byte[] _buffer = new byte[ReadSize];
    private HttpClient _raw = null!;
    private DownloadClient _ours = null!;

    [GlobalSetup]
    public void Setup()
    {
        var handler = new FileHandler(new byte[BodySize]);
        _raw = new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri("http://127.0.0.1/") };
        _ours = new DownloadClient(new HttpClient(handler));
        if (RawHttpClient().GetAwaiter().GetResult() != BodySize || Ours().GetAwaiter().GetResult() != BodySize
            || RawHttpClientSynchronous().GetAwaiter().GetResult() != BodySize || OursSynchronous().GetAwaiter().GetResult() != BodySize)
        {
            throw new InvalidOperationException("A reader did not read the whole body.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawHttpClient()
    {
        using var response = await _raw.GetAsync("files/1", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync();
        return await ReadAllAsync(body);
    }

    [Benchmark]
    public async Task<int> Ours()
    {
        using var body = await _ours.GetFileAsync(1);
        return await ReadAllAsync(body);
    }

    [Benchmark]
    public async Task<int> RawHttpClientSynchronous()
    {
        using var response = await _raw.GetAsync("files/1", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync();
        return ReadAll(body);
    }

    [Benchmark]
    public async Task<int> OursSynchronous()
    {
        using var body = await _ours.GetFileAsync(1);
        return ReadAll(body);
    }

    private async Task<int> ReadAllAsync(Stream body)
    {
        var total = 0;
        int read;
        while ((read = await body.ReadAsync(_buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private int ReadAll(Stream body)
    {
        var total = 0;
        int read;
        while ((read = body.Read(_buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Answers every request at once with the same bytes, as application/octet-stream with Content-Length.</summary>
    private sealed class FileHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }
}
