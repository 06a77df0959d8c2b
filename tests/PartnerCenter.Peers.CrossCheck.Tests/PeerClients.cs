using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using PartnerCenter.Licenses;
using PartnerCenter.Licenses.Testing;
using PartnerCenter.Peers.Kiota;
using PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>
/// The fake Partner Center (WireMock.Net on 127.0.0.1) and the three clients pointed at it, each built as its docs show
/// with a plain HttpClient: ours, NSwag's and Kiota's. One per test class; each test starts from the spec's examples.
/// </summary>
public sealed class PeerClients : IDisposable
{
    public static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    public const string OperationId = "getCustomerLicensesUsage";

    private readonly HttpClient _httpClient = new();

    public PeerClients()
    {
        Fake = FakePartnerCenter.Start();
        Ours = new PartnerCenterClient(_httpClient, new PartnerCenterClientOptions { BaseAddress = Fake.BaseAddress });
        NSwag = new NSwagPartnerCenterClient(_httpClient) { BaseUrl = Fake.BaseAddress.AbsoluteUri };

        // Kiota's URL template is "{+baseurl}/customers/…": the base URL goes without its trailing slash.
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: _httpClient)
        {
            BaseUrl = Fake.BaseAddress.AbsoluteUri.TrimEnd('/'),
        };
        Kiota = new KiotaPartnerCenterClient(adapter);
    }

    public FakePartnerCenter Fake { get; }

    public PartnerCenterClient Ours { get; }

    public NSwagPartnerCenterClient NSwag { get; }

    public KiotaPartnerCenterClient Kiota { get; }

    public Task<PartnerCenter.Licenses.Models.CustomerLicensesUsageInsightsCollection> OursAsync()
        => Ours.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();

    /// <summary>Ours with <see cref="PartnerCenterClientOptions.StrictResponseReading"/>: a missing required property fails the call.</summary>
    public Task<PartnerCenter.Licenses.Models.CustomerLicensesUsageInsightsCollection> OursStrictAsync()
        => new PartnerCenterClient(_httpClient, new PartnerCenterClientOptions { BaseAddress = Fake.BaseAddress, StrictResponseReading = true })
            .Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();

    public Task<PartnerCenter.Peers.NSwag.CustomerLicensesUsageInsightsCollection> NSwagAsync()
        => NSwag.GetCustomerLicensesUsageAsync(CustomerId);

    public async Task<PartnerCenter.Peers.Kiota.Models.CustomerLicensesUsageInsightsCollection> KiotaAsync()
        => await Kiota.Customers[CustomerId].Analytics.Licenses.Usage.GetAsync()
           ?? throw new InvalidOperationException("Kiota returned no body.");

    /// <summary>Serves <paramref name="body"/> with <paramref name="status"/> for the licenses-usage operation.</summary>
    public void Serve(int status, string body, System.Collections.Generic.IReadOnlyDictionary<string, string>? headers = null)
        => Fake.RespondWith(OperationId, status, body, headers);

    public void Dispose()
    {
        _httpClient.Dispose();
        Fake.Dispose();
    }
}
