using System;
using System.Reflection;
using System.Threading.Tasks;
using PartnerCenter.Licenses;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;
using OurModels = PartnerCenter.Licenses.Models;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>
/// Where the peers depart from the spec (required properties, nullability, value types), each stated as the client
/// actually behaves: a test whose name starts with Difference asserts the peer's behaviour, not the spec's. The spec has
/// no enums, so unknown enum values are not exercised here. benchmarks/README.md lists the same differences.
/// </summary>
public sealed class SpecDifferenceTests : IClassFixture<PeerClients>
{
    private readonly PeerClients _clients;

    public SpecDifferenceTests(PeerClients clients)
    {
        _clients = clients;
        _clients.Fake.Reset();
    }

    [Fact]
    public async Task Difference_a_missing_required_items_reads_as_empty_in_ours_and_NSwag_and_fails_ours_when_strict()
    {
        _clients.Serve(200, """{"totalCount":1}""");

        // Ours: lenient by default (an empty list stands in); with StrictResponseReading, an error naming it.
        var ours = await _clients.OursAsync();
        ours.Items.ShouldBeEmpty();
        ours.TotalCount.ShouldBe(1);
        (await Should.ThrowAsync<PartnerCenterException>(_clients.OursStrictAsync)).Message.ShouldContain("'items'");

        // NSwag: the property's initializer stands in for it, so the caller sees an empty page, not an error.
        var nswag = await _clients.NSwagAsync();
        nswag.Items.ShouldBeEmpty();
        nswag.TotalCount.ShouldBe(1);

        // Kiota: every property is nullable; the required list is simply null.
        var kiota = await _clients.KiotaAsync();
        kiota.Items.ShouldBeNull();
        kiota.TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Difference_a_missing_required_total_count_reads_as_zero_in_ours_and_NSwag_and_fails_ours_when_strict()
    {
        _clients.Serve(200, """{"items":[]}""");

        (await _clients.OursAsync()).TotalCount.ShouldBe(0);
        (await Should.ThrowAsync<PartnerCenterException>(_clients.OursStrictAsync)).Message.ShouldContain("'totalCount'");
        (await _clients.NSwagAsync()).TotalCount.ShouldBe(0); // NSwag: int, so a missing count reads as 0
        (await _clients.KiotaAsync()).TotalCount.ShouldBeNull(); // Kiota: int?, the required count is optional
    }

    [Fact]
    public async Task Difference_NSwag_reads_an_absent_optional_number_as_zero()
    {
        _clients.Serve(200, """{"totalCount":1,"items":[{"productName":"P"}]}""");

        (await _clients.OursAsync()).Items[0].LicensesActive.ShouldBeNull();
        (await _clients.KiotaAsync()).Items![0].LicensesActive.ShouldBeNull();

        // NSwag (default GenerateOptionalPropertiesAsNullable=false): optional value types are not nullable, so an
        // absent licensesActive, usagePercent or processedDateTime cannot be told from a real 0 or DateTimeOffset.MinValue.
        var nswag = (await _clients.NSwagAsync()).Items.ShouldHaveSingleItem();
        (nswag.LicensesActive, nswag.UsagePercent, nswag.ProcessedDateTime).ShouldBe((0L, 0.0, default(DateTimeOffset)));
    }

    [Fact]
    public async Task Difference_NSwag_declares_absent_strings_not_null_but_returns_null()
    {
        // The seed example leaves out workloadCode, customerId, serviceCode and the attributes' etag.
        var item = Assert.Single((await _clients.NSwagAsync()).Items, candidate => candidate.WorkloadName == "SharePoint");

        item.WorkloadCode.ShouldBeNull();
        var declared = new NullabilityInfoContext().Create(typeof(NSwagModels.CustomerLicensesUsageInsights).GetProperty(nameof(item.WorkloadCode))!);
        declared.ReadState.ShouldBe(NullabilityState.NotNull); // the compiler tells callers it is never null

        // Ours and Kiota declare the optional string nullable, as it is.
        new NullabilityInfoContext().Create(typeof(OurModels.CustomerLicensesUsageInsights).GetProperty(nameof(item.WorkloadCode))!).ReadState.ShouldBe(NullabilityState.Nullable);
        new NullabilityInfoContext().Create(typeof(KiotaModels.CustomerLicensesUsageInsights).GetProperty(nameof(item.WorkloadCode))!).ReadState.ShouldBe(NullabilityState.Nullable);
    }

    [Fact]
    public async Task Difference_a_null_for_a_non_nullable_number_fails_only_in_NSwag()
    {
        // licensesActive is not nullable in the spec; ours and Kiota read an explicit null as absent.
        _clients.Serve(200, """{"totalCount":1,"items":[{"productName":"P","licensesActive":null}]}""");

        (await _clients.OursAsync()).Items[0].LicensesActive.ShouldBeNull();
        (await _clients.KiotaAsync()).Items![0].LicensesActive.ShouldBeNull();
        var nswag = await Should.ThrowAsync<NSwagModels.ApiException>(_clients.NSwagAsync);
        nswag.InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();
    }

    [Fact]
    public async Task Difference_a_number_sent_as_a_string_is_rejected_by_ours_and_NSwag_and_dropped_by_Kiota()
    {
        _clients.Serve(200, """{"totalCount":1,"items":[{"productName":"P","licensesActive":"3"}]}""");

        // Ours keeps to the spec (as System.Text.Json's default number handling): a quoted number is not a number, and
        // the call fails naming the property.
        (await Should.ThrowAsync<PartnerCenterException>(_clients.OursAsync)).Message.ShouldContain("'licensesActive'");

        // NSwag: System.Text.Json's default number handling rejects it; the call fails.
        (await Should.ThrowAsync<NSwagModels.ApiException>(_clients.NSwagAsync)).InnerException.ShouldBeAssignableTo<System.Text.Json.JsonException>();

        // Kiota: the value is not a JSON number, so it is silently dropped.
        (await _clients.KiotaAsync()).Items![0].LicensesActive.ShouldBeNull();
    }

    [Fact]
    public async Task Difference_unknown_properties_are_kept_by_NSwag_and_Kiota_and_skipped_by_ours()
    {
        _clients.Serve(200, """{"totalCount":1,"items":[{"productName":"P","futureField":{"a":[1]}}]}""");

        (await _clients.OursAsync()).Items[0].ProductName.ShouldBe("P"); // no member keeps extra properties
        (await _clients.NSwagAsync()).Items.ShouldHaveSingleItem().AdditionalProperties.ShouldContainKey("futureField");
        (await _clients.KiotaAsync()).Items![0].AdditionalData.ShouldContainKey("futureField");
    }

    [Fact]
    public void Difference_a_uri_reference_is_a_Uri_in_ours_and_a_string_in_the_peers()
    {
        typeof(OurModels.Link).GetProperty("Uri")!.PropertyType.ShouldBe(typeof(Uri));
        typeof(NSwagModels.Link).GetProperty("Uri")!.PropertyType.ShouldBe(typeof(string));
        typeof(KiotaModels.Link).GetProperty("Uri")!.PropertyType.ShouldBe(typeof(string)); // Kiota warns: format not supported
    }
}
