using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>The seed's request and response examples are the contract.</summary>
public sealed class SeedExampleTests : IDisposable
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task The_seed_response_reads_as_exactly_its_five_items_with_their_values()
    {
        var client = _fake.CreateClient();

        var usage = await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();

        usage.TotalCount.ShouldBe(5);
        usage.Items.Count.ShouldBe(5);
        usage.Items.Select(item => (item.ProductName, item.WorkloadName, item.LicensesQualified)).ShouldBe(new (string?, string?, long?)[]
        {
            ("OFFICE 365 BUSINESS ESSENTIALS", "Exchange", 1),
            ("OFFICE 365 BUSINESS ESSENTIALS", "SharePoint", 1),
            ("OFFICE 365 BUSINESS ESSENTIALS", "Skype For Business", 1),
            ("EXCHANGE ONLINE (PLAN 1)", "Exchange", 5),
            ("EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "Exchange", 2),
        });
        usage.Items.ShouldAllBe(item =>
            item.CustomerName == "DT DEMO CSP CUSTOMER 005"
            && item.LicensesActive == 0
            && item.UsagePercent == 0.0
            && item.ServiceName == "o365"
            && item.Channel == "reseller"
            && item.ProcessedDateTime == new DateTimeOffset(2017, 3, 9, 0, 0, 0, TimeSpan.Zero)
            && item.Attributes!.ObjectType == "CustomerLicensesUsageInsights");

        // Fields the seed's example leaves out are absent, not invented.
        usage.Items.ShouldAllBe(item => item.WorkloadCode == null && item.CustomerId == null && item.ServiceCode == null && item.Attributes!.Etag == null);
        usage.Attributes!.ObjectType.ShouldBe("Collection");
        usage.Links.ShouldBeNull();
    }

    [Fact]
    public async Task The_fluent_path_and_the_flat_method_send_the_same_request()
    {
        var client = _fake.CreateClient();

        await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();
        await client.GetCustomerLicensesUsageAsync(CustomerId);

        _fake.Requests.Select(request => (request.Method, request.Path)).ShouldBe(new[]
        {
            ("GET", "/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage"),
            ("GET", "/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage"),
        });
    }

    [Fact]
    public async Task The_request_carries_every_header_of_the_seed()
    {
        var correlationId = Guid.Parse("ae3b8c36-348b-46bc-9a60-398f973153ff");
        var client = _fake.CreateClient(options =>
        {
            options.CorrelationId = correlationId;
            options.Locale = "ja-JP";
            options.ApplicationName = "Partner Center .NET SDK";
        });

        await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();

        var headers = _fake.Requests.ShouldHaveSingleItem().Headers;
        headers["Authorization"].ShouldBe("Bearer " + FakePartnerCenter.AccessToken);
        headers["Accept"].ShouldBe("application/json");
        Guid.TryParse(headers["MS-RequestId"], out _).ShouldBeTrue();
        headers["MS-CorrelationId"].ShouldBe(correlationId.ToString());
        headers["X-Locale"].ShouldBe("ja-JP");
        headers["MS-PartnerCenter-Client"].ShouldBe("Partner Center .NET SDK");
    }

    [Fact]
    public async Task Each_logical_request_gets_a_new_request_id_and_keeps_the_correlation_id()
    {
        var client = _fake.CreateClient();

        await client.GetCustomerLicensesUsageAsync(CustomerId);
        await client.GetCustomerLicensesUsageAsync(CustomerId);

        var requests = _fake.Requests;
        requests[0].Headers["MS-RequestId"].ShouldNotBe(requests[1].Headers["MS-RequestId"]);
        requests[0].Headers["MS-CorrelationId"].ShouldBe(requests[1].Headers["MS-CorrelationId"]);
    }

    [Fact]
    public void The_seed_example_round_trips_through_the_generated_converters()
    {
        var example = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;

        var model = JsonSerializer.Deserialize<CustomerLicensesUsageInsightsCollection>(example)!;
        var written = JsonSerializer.Serialize(model);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(example)).ShouldBeTrue(written);
    }

    [Fact]
    public void Unknown_properties_are_skipped_whatever_their_shape()
    {
        const string json = """{"totalCount":1,"future":{"a":[1,{"b":null}]},"items":[{"productName":"P","newField":[[]],"licensesActive":3}],"tail":"x"}""";

        var model = JsonSerializer.Deserialize<CustomerLicensesUsageInsightsCollection>(json)!;

        model.TotalCount.ShouldBe(1);
        model.Items.ShouldHaveSingleItem().ProductName.ShouldBe("P");
        model.Items[0].LicensesActive.ShouldBe(3);
    }

    [Fact]
    public void A_missing_required_list_reads_as_empty_by_default()
    {
        // Lenient reading (the default): one drift of the service from its spec does not cost the whole response.
        var collection = JsonSerializer.Deserialize<CustomerLicensesUsageInsightsCollection>("""{"totalCount":1}""")!;

        collection.Items.ShouldBeEmpty();
        collection.TotalCount.ShouldBe(1);
    }
}
