using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Peers.Baselines;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// One call of the licenses-usage operation through each client over HTTP/1.1 to Kestrel on 127.0.0.1 (connections
/// kept alive). The server runs in the same process: its per-request time and allocations are in every row alike.
/// </summary>
public class LoopbackEndToEndBenchmarks
{
    private LoopbackServer _server = null!;
    private BenchmarkClients _clients = null!;
    private Guid _customerId;

    [Params(5, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = LoopbackServer.StartAsync().GetAwaiter().GetResult();
        _clients = new BenchmarkClients(_server.BaseAddress, handler: null);
        _customerId = CustomerIds.For(N);
        _clients.Check(N);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<UsageResponse> RawHttpClient() => _clients.RawHttpClientAsync(_customerId);

    [Benchmark]
    public Task<CustomerLicensesUsageInsightsCollection> Ours() => _clients.Ours.Customers.ById(_customerId).Analytics.Licenses.Usage.GetAsync();

    [Benchmark]
    public Task<CustomerLicensesUsageInsightsCollection> OursThroughDI() => _clients.OursThroughDependencyInjection.Customers.ById(_customerId).Analytics.Licenses.Usage.GetAsync();

    [Benchmark]
    public Task<NSwagModels.CustomerLicensesUsageInsightsCollection> NSwag() => _clients.NSwag.GetCustomerLicensesUsageAsync(_customerId);

    [Benchmark]
    public Task<KiotaModels.CustomerLicensesUsageInsightsCollection?> Kiota() => _clients.Kiota.Customers[_customerId].Analytics.Licenses.Usage.GetAsync();
}
