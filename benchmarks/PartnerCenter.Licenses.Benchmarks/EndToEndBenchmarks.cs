using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Peers.Baselines;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// One call of the licenses-usage operation through each client, each method exactly the client's own call. What serves
/// the calls is up to the derived class: <see cref="InMemoryEndToEndBenchmarks"/> or <see cref="LoopbackEndToEndBenchmarks"/>.
/// </summary>
public abstract class EndToEndBenchmarks
{
    private BenchmarkClients _clients = null!;
    private Guid _customerId;

    [Params(5, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _clients = CreateClients();
        _customerId = CustomerIds.For(N);
        _clients.Check(N);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        ReleaseServer();
    }

    [Benchmark(Baseline = true)]
    public Task<UsageResponse> RawHttpClient() => _clients.RawHttpClientAsync(_customerId);

    [Benchmark]
    public Task<CustomerLicensesUsageInsightsCollection> Ours() => _clients.Ours.Customers.ById(_customerId).Analytics.Licenses.Usage.GetAsync();

    [Benchmark]
    public Task<int> OursEnumerated() => _clients.OursEnumeratedAsync(_customerId);

    [Benchmark]
    public Task<CustomerLicensesUsageInsightsCollection> OursThroughDI() => _clients.OursThroughDependencyInjection.Customers.ById(_customerId).Analytics.Licenses.Usage.GetAsync();

    [Benchmark]
    public Task<NSwagModels.CustomerLicensesUsageInsightsCollection> NSwag() => _clients.NSwag.GetCustomerLicensesUsageAsync(_customerId);

    [Benchmark]
    public Task<KiotaModels.CustomerLicensesUsageInsightsCollection?> Kiota() => _clients.Kiota.Customers[_customerId].Analytics.Licenses.Usage.GetAsync();

    /// <summary>Starts whatever answers the calls and builds the clients over it.</summary>
    protected abstract BenchmarkClients CreateClients();

    /// <summary>Stops what <see cref="CreateClients"/> started, after the clients are disposed.</summary>
    protected virtual void ReleaseServer()
    {
    }
}

/// <summary>
/// Answered at once by an in-memory handler: what the client itself costs per call (request, headers, reading the
/// body), with no network and no server in the numbers.
/// </summary>
public class InMemoryEndToEndBenchmarks : EndToEndBenchmarks
{
    private readonly InMemoryPartnerCenterHandler _handler = new();

    // Never contacted: every client sends through the in-memory handler.
    protected override BenchmarkClients CreateClients() => new(new Uri("http://127.0.0.1/v1/"), _handler);
}

/// <summary>
/// Over HTTP/1.1 to Kestrel on 127.0.0.1 (connections kept alive). The server runs in the same process: its per-request
/// time and allocations are in every row alike.
/// </summary>
public class LoopbackEndToEndBenchmarks : EndToEndBenchmarks
{
    private LoopbackServer? _server;

    protected override BenchmarkClients CreateClients()
    {
        _server = LoopbackServer.StartAsync().GetAwaiter().GetResult();
        return new BenchmarkClients(_server.BaseAddress, handler: null);
    }

    protected override void ReleaseServer() => _server?.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
