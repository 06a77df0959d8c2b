using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// Every page of a customer's licenses usage (Partner Center's links.next with its MS-ContinuationToken header), and the
/// ids support asks for, from a success as from a failure; against the fake Partner Center.
/// </summary>
public sealed class PagingAndResponseTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    private static string Page(params string[] products)
        => "{\"totalCount\":" + products.Length + ",\"items\":[" + string.Join(",", products.Select(product => $$"""{"productName":"{{product}}","workloadName":"Exchange","licensesActive":1,"licensesQualified":2}""")) + "],\"attributes\":{\"objectType\":\"Collection\"}}";

    [Fact]
    public async Task GetAllAsync_walks_every_page_sending_each_continuation_token_with_the_credentials()
    {
        var tokens = _fake.RespondWithPages(OperationId, Page("A", "B"), Page("C"), Page("D", "E"));
        var client = _fake.CreateClient();

        var products = new List<string?>();
        await foreach (var item in client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAllAsync())
        {
            products.Add(item.ProductName);
        }

        products.ShouldBe(new[] { "A", "B", "C", "D", "E" });
        var requests = _fake.Requests;
        requests.Count.ShouldBe(3);
        requests.Select(request => request.Headers.GetValueOrDefault(FakePartnerCenter.ContinuationTokenHeader)).ShouldBe(new[] { null, tokens[0], tokens[1] });
        requests.ShouldAllBe(request => request.Headers["Authorization"] == "Bearer " + FakePartnerCenter.AccessToken);
        requests.ShouldAllBe(request => request.Path == $"/v1/customers/{CustomerId}/analytics/licenses/usage");
    }

    [Fact]
    public async Task Pages_come_with_their_items_and_a_token_to_resume_from()
    {
        _fake.RespondWithPages(OperationId, Page("A", "B"), Page("C"));
        var client = _fake.CreateClient();

        var pages = new List<PartnerCenterPage<CustomerLicensesUsageInsights>>();
        await foreach (var page in client.GetCustomerLicensesUsageAllAsync(CustomerId).AsPages())
        {
            pages.Add(page);
        }

        pages.Select(page => page.Values.Count).ShouldBe(new[] { 2, 1 });
        pages[0].ContinuationToken.ShouldNotBeNull();
        pages[1].ContinuationToken.ShouldBeNull();
        pages.ShouldAllBe(page => page.Status == 200);

        var resumed = new List<string?>();
        await foreach (var page in client.GetCustomerLicensesUsageAllAsync(CustomerId).AsPages(pages[0].ContinuationToken))
        {
            resumed.AddRange(page.Values.Select(item => item.ProductName));
        }

        resumed.ShouldBe(new[] { "C" });
    }

    [Fact]
    public async Task The_seed_example_is_one_page()
    {
        var client = _fake.CreateClient();

        var count = 0;
        await foreach (var item in client.GetCustomerLicensesUsageAllAsync(CustomerId))
        {
            count++;
        }

        count.ShouldBe(5);
        _fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_success_gives_the_request_and_correlation_ids_the_correlation_vector_and_the_server_id()
    {
        var client = _fake.CreateClient(options => options.CorrelationId = Guid.Parse("11111111-2222-3333-4444-555555555555"));

        var response = await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetWithResponseAsync();

        response.Status.ShouldBe(200);
        response.Value.TotalCount.ShouldBe(5);
        response.RequestId.ShouldBe(_fake.Requests.Single().Headers["MS-RequestId"]);
        response.CorrelationId.ShouldBe("11111111-2222-3333-4444-555555555555");
        response.ServerId.ShouldBe(FakePartnerCenter.ServerId);
        response.CorrelationVector.ShouldBeNull();
        response.Headers.ContainsKey("Authorization").ShouldBeFalse();
        response.RequestHeaders.ContainsKey("Authorization").ShouldBeFalse();
    }

    [Fact]
    public async Task Each_page_is_a_span_of_the_source_named_in_PartnerCenterTelemetry()
    {
        _fake.RespondWithPages(OperationId, Page("A"), Page("B"));
        var port = _fake.BaseAddress.Port;
        var spans = new System.Collections.Concurrent.ConcurrentQueue<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == PartnerCenterTelemetry.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int serverPort && serverPort == port)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var client = _fake.CreateClient();

        await foreach (var item in client.GetCustomerLicensesUsageAllAsync(CustomerId))
        {
            item.ProductName.ShouldNotBeNull();
        }

        spans.Count.ShouldBe(2);
        spans.ShouldAllBe(span => (string?)span.GetTagItem("url.template") == "/customers/{customer-id}/analytics/licenses/usage"
            && (string?)span.GetTagItem("openapi.operation.id") == OperationId);
    }

    [Fact]
    public async Task A_failure_gives_the_same_ids()
    {
        _fake.RespondWith(OperationId, 404, """{"code":600002,"description":"Customer not found."}""", new Dictionary<string, string> { ["MS-CV"] = "cv.1.2" });
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.RequestId.ShouldBe(_fake.Requests.Single().Headers["MS-RequestId"]);
        ex.ServerId.ShouldBe(FakePartnerCenter.ServerId);
        ex.CorrelationVector.ShouldBe("cv.1.2");
    }
}
