using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using PartnerCenter.Peers.Baselines;
using PartnerCenter.Peers.Kiota;
using PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>The contenders of the end-to-end measurements.</summary>
public enum EndToEndClient
{
    /// <summary>Raw HttpClient, the whole body read by the hand-written reader: the floor.</summary>
    RawHttpClient,

    /// <summary>Our client, constructed over an HttpClient.</summary>
    Ours,

    /// <summary>Our client's operation method (<c>GetCustomerLicensesUsageAsync</c>) called directly, without the request builders.</summary>
    OursOperationMethod,

    /// <summary>Our client walking every page with GetAllAsync, each item counted as it is read and not kept.</summary>
    OursEnumerated,

    /// <summary>Our client from AddPartnerCenterClient.</summary>
    OursThroughDI,

    /// <summary>NSwag's client.</summary>
    NSwag,

    /// <summary>Kiota's client.</summary>
    Kiota,

    /// <summary>Raw HttpClient with System.Text.Json source-gen reading the stream.</summary>
    SystemTextJsonStream,

    /// <summary>The floor plus a timer per call (a CancellationTokenSource with a timeout): our client's first step.</summary>
    RawWithTimer,

    /// <summary>The floor plus a timer and the Accept header our client sends.</summary>
    RawWithTimerAndAccept,

    /// <summary>The floor plus a timer, the Accept header, and our generated converter (shared strings) instead of the hand-written reader.</summary>
    RawWithTimerAcceptAndOurConverter,

    /// <summary>The same with our converter alone (no shared strings: every string allocated, as the hand-written reader does).</summary>
    RawWithTimerAcceptAndConverterAlone,

    /// <summary>The floor plus a timer, the Accept header, our converter (shared strings), and the address kept as built, as our client keeps it.</summary>
    RawWithTimerAcceptOurConverterAndAddressAsBuilt,

    /// <summary>Raw HttpClient with Newtonsoft.Json reading the stream.</summary>
    NewtonsoftStream,
}

/// <summary>
/// The clients measured end to end, each built as its documentation shows, over the same server: the raw HttpClient
/// with the hand-written reader (the floor), ours plain, ours registered with <c>AddPartnerCenterClient</c> (bearer token
/// handler and the standard resilience handler), NSwag's and Kiota's (with a plain HttpClient, no Kiota middleware);
/// and, for the memory measurement, System.Text.Json and Newtonsoft.Json reading the response stream.
/// </summary>
public sealed class BenchmarkClients : IDisposable
{
    private readonly HttpClient _raw;
    private readonly string _rawBaseAddress;
    private readonly ServiceProvider _services;

    /// <param name="baseAddress">The service root, such as http://127.0.0.1:5000/v1/.</param>
    /// <param name="handler">A handler every client sends through (the in-memory server), or null for real sockets.</param>
    public BenchmarkClients(Uri baseAddress, HttpMessageHandler? handler)
    {
        HttpClient NewHttpClient() => handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);

        _raw = NewHttpClient();
        _rawBaseAddress = baseAddress.AbsoluteUri;
        Ours = new PartnerCenterClient(NewHttpClient(), new PartnerCenterClientOptions { BaseAddress = baseAddress });

        var services = new ServiceCollection();
        var credential = DelegatedTokenCredential.Create((_, _) => new AccessToken("benchmark-token", DateTimeOffset.MaxValue));
        var builder = services.AddPartnerCenterClient(credential, options => options.BaseAddress = baseAddress);
        if (handler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => handler);
        }

        _services = services.BuildServiceProvider();
        OursThroughDependencyInjection = _services.GetRequiredService<IPartnerCenterClient>();

        NSwag = new NSwagPartnerCenterClient(NewHttpClient()) { BaseUrl = baseAddress.AbsoluteUri };

        // Kiota's URL template is "{+baseurl}/customers/…": the base URL goes without its trailing slash.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: NewHttpClient())
        {
            BaseUrl = baseAddress.AbsoluteUri.TrimEnd('/'),
        };
        Kiota = new KiotaPartnerCenterClient(adapter);
    }

    /// <summary>Our client, constructed over an HttpClient.</summary>
    public PartnerCenterClient Ours { get; }

    /// <summary>Our client from <c>AddPartnerCenterClient</c> (token and Partner Center headers, resilience).</summary>
    public IPartnerCenterClient OursThroughDependencyInjection { get; }

    /// <summary>NSwag's generated client.</summary>
    public NSwagPartnerCenterClient NSwag { get; }

    /// <summary>Kiota's generated client.</summary>
    public KiotaPartnerCenterClient Kiota { get; }

    /// <summary>Raw HttpClient: the body into a pooled buffer, read by the hand-written reader.</summary>
    public async Task<UsageResponse> RawHttpClientAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        using var response = await _raw.GetAsync(UsageUri(customerId), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await ReadPooledAsync(response, HandwrittenUsageReader.Read, cancellationToken);
    }

    /// <summary>A body, for the readers that take a span.</summary>
    private delegate T SpanReader<T>(ReadOnlySpan<byte> body);

    /// <summary>The floor's way with a success body: all of it into an <see cref="ArrayPool{T}"/> buffer, then <paramref name="reader"/>.</summary>
    private static async Task<T> ReadPooledAsync<T>(HttpResponseMessage response, SpanReader<T> reader, CancellationToken cancellationToken)
    {
        response.EnsureSuccessStatusCode();
        var buffer = ArrayPool<byte>.Shared.Rent((int)(response.Content.Headers.ContentLength ?? 16 * 1024) + 1);
        try
        {
            var length = 0;
            using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return reader(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The floor, with what our client's call adds step by step (<paramref name="steps"/>: 1 a timer per call, 2 also the
    /// Accept header, 3 also our generated converter through its public Read, strings shared; 4 as 3 but our converter
    /// alone, every string allocated; 5 as 3 with the address a Uri kept as built, which does not parse its path and
    /// query a second time when the handler reads them, as our client's addresses are): the rows that say where our
    /// client's time per small call goes. The rest of the
    /// difference is the client itself (its request object, path formatting, status switch, error translation,
    /// telemetry check).
    /// </summary>
    public async Task<int> RawWithStepsAsync(Guid customerId, int steps)
    {
        using var timer = steps >= 1 ? new CancellationTokenSource(TimeSpan.FromSeconds(100)) : null;
        var token = timer?.Token ?? default;
        using var request = new HttpRequestMessage(HttpMethod.Get, UsageUri(customerId, asBuilt: steps >= 5));
        if (steps >= 2)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        using var response = await _raw.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token);
        return steps switch
        {
            4 => await ReadPooledAsync(response, PayloadReaders.OursWithoutSharedStrings, token),
            >= 3 => await ReadPooledAsync(response, PayloadReaders.Ours, token),
            _ => await ReadPooledAsync(response, body => HandwrittenUsageReader.Read(body).Items.Count, token),
        };
    }

    /// <summary>Raw HttpClient and System.Text.Json's source generator reading the response stream (no whole-body buffer).</summary>
    public async Task<UsageResponse> SystemTextJsonStreamAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        using var response = await _raw.GetAsync(UsageUri(customerId), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return (await JsonSerializer.DeserializeAsync(stream, BaselineJsonContext.Default.UsageResponse, cancellationToken))!;
    }

    /// <summary>Raw HttpClient and Newtonsoft.Json reading the response stream.</summary>
    public async Task<UsageResponse> NewtonsoftStreamAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        using var response = await _raw.GetAsync(UsageUri(customerId), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return NewtonsoftUsageReader.Read(stream);
    }

    /// <summary>Every item of every page through our client's <c>GetAllAsync</c>, counted as it is read and not kept.</summary>
    public async Task<int> OursEnumeratedAsync(Guid customerId, CancellationToken cancellationToken = default)
    {
        var count = 0;
        await foreach (var item in Ours.Customers.ById(customerId).Analytics.Licenses.Usage.GetAllAsync(cancellationToken))
        {
            if (item.LicensesQualified is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// One call through <paramref name="client"/>, waited for; returns the client's model and its item count. Each
    /// client's call is a method of its own, as in a caller's code (and as in the BenchmarkDotNet classes): in one
    /// method for all of them, the JIT ran out of inlining budget and left our request builders' chain as five calls and
    /// five allocations, which it inlines and removes when the call is in a method of its own.
    /// </summary>
    public (object Response, int ItemCount) Fetch(EndToEndClient client, Guid customerId) => client switch
    {
        EndToEndClient.RawHttpClient => FetchRaw(customerId),
        EndToEndClient.Ours => FetchOurs(customerId),
        EndToEndClient.OursOperationMethod => FetchOursOperationMethod(customerId),
        EndToEndClient.OursEnumerated => FetchOursEnumerated(customerId),
        EndToEndClient.OursThroughDI => FetchOursThroughDI(customerId),
        EndToEndClient.NSwag => FetchNSwag(customerId),
        EndToEndClient.Kiota => FetchKiota(customerId),
        EndToEndClient.SystemTextJsonStream => FetchSystemTextJsonStream(customerId),
        EndToEndClient.RawWithTimer or EndToEndClient.RawWithTimerAndAccept or EndToEndClient.RawWithTimerAcceptAndOurConverter or EndToEndClient.RawWithTimerAcceptAndConverterAlone or EndToEndClient.RawWithTimerAcceptOurConverterAndAddressAsBuilt => FetchRawWithSteps(customerId, client - EndToEndClient.RawWithTimer + 1),
        EndToEndClient.NewtonsoftStream => FetchNewtonsoftStream(customerId),
        _ => throw new ArgumentOutOfRangeException(nameof(client), client, null),
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchRaw(Guid customerId)
    {
        var raw = RawHttpClientAsync(customerId).GetAwaiter().GetResult();
        return (raw, raw.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchOurs(Guid customerId)
    {
        var ours = Ours.Customers.ById(customerId).Analytics.Licenses.Usage.GetAsync().GetAwaiter().GetResult();
        return (ours, ours.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchOursOperationMethod(Guid customerId)
    {
        var direct = Ours.GetCustomerLicensesUsageAsync(customerId).GetAwaiter().GetResult();
        return (direct, direct.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchOursEnumerated(Guid customerId)
    {
        var enumerated = OursEnumeratedAsync(customerId).GetAwaiter().GetResult();
        return (enumerated, enumerated);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchOursThroughDI(Guid customerId)
    {
        var injected = OursThroughDependencyInjection.Customers.ById(customerId).Analytics.Licenses.Usage.GetAsync().GetAwaiter().GetResult();
        return (injected, injected.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchNSwag(Guid customerId)
    {
        var nswag = NSwag.GetCustomerLicensesUsageAsync(customerId).GetAwaiter().GetResult();
        return (nswag, nswag.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchKiota(Guid customerId)
    {
        var kiota = Kiota.Customers[customerId].Analytics.Licenses.Usage.GetAsync().GetAwaiter().GetResult()!;
        return (kiota, kiota.Items!.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchSystemTextJsonStream(Guid customerId)
    {
        var stj = SystemTextJsonStreamAsync(customerId).GetAwaiter().GetResult();
        return (stj, stj.Items.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchRawWithSteps(Guid customerId, int steps)
    {
        var count = RawWithStepsAsync(customerId, steps).GetAwaiter().GetResult();
        return (count, count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private (object, int) FetchNewtonsoftStream(Guid customerId)
    {
        var newtonsoft = NewtonsoftStreamAsync(customerId).GetAwaiter().GetResult();
        return (newtonsoft, newtonsoft.Items.Count);
    }

    /// <summary>Throws unless every client reads <paramref name="itemCount"/> items.</summary>
    public void Check(int itemCount)
    {
        foreach (var client in Enum.GetValues<EndToEndClient>())
        {
            var (_, count) = Fetch(client, CustomerIds.For(itemCount));
            if (count != itemCount)
            {
                throw new InvalidOperationException($"{client} read {count} items instead of {itemCount}.");
            }
        }
    }

    /// <summary>The usage address; <paramref name="asBuilt"/>: kept as built (its path and query not canonicalized), as our client keeps its addresses.</summary>
    private Uri UsageUri(Guid customerId, bool asBuilt = false)
        => new($"{_rawBaseAddress}customers/{customerId}/analytics/licenses/usage", new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = asBuilt });

    public void Dispose()
    {
        _raw.Dispose();
        _services.Dispose();
    }
}
