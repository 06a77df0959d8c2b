using System;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Peers.Baselines;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// One call of the licenses-usage operation through each client, answered at once by an in-memory handler: what the
/// client itself costs per call (request, headers, reading the body), with no network and no server in the numbers.
/// </summary>
public class InMemoryEndToEndBenchmarks
{
    private readonly InMemoryPartnerCenterHandler _handler = new();
    private BenchmarkClients _clients = null!;
    private Guid _customerId;

    [Params(5, 10_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Never contacted: every client sends through the in-memory handler.
        _clients = new BenchmarkClients(new Uri("http://127.0.0.1/v1/"), _handler);
        _customerId = CustomerIds.For(N);
        _clients.Check(N);
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

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
