using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>Every failed response surfaces as one exception type carrying status, error, ids and a bounded body excerpt.</summary>
public sealed class ErrorResponseTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Theory]
    [InlineData(401, 900901, "Authentication failed. The access token is expired or invalid.")]
    [InlineData(404, 600002, "Customer not found.")]
    [InlineData(500, 500000, "An internal error occurred. Try again later.")]
    public async Task A_documented_error_surfaces_with_its_code_description_and_ids(int status, int code, string description)
    {
        _fake.RespondWithExample(OperationId, status);
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync());

        ex.Status.ShouldBe(status);
        ex.ErrorCode.ShouldBe(code);
        ex.ErrorDescription.ShouldBe(description);
        ex.Error.ShouldBeOfType<PartnerCenterError>().Source.ShouldBe("PartnerFD");
        ex.OperationId.ShouldBe(OperationId);
        var sent = _fake.Requests.ShouldHaveSingleItem().Headers;
        ex.RequestId.ShouldBe(sent["MS-RequestId"]);
        ex.CorrelationId.ShouldBe(sent["MS-CorrelationId"]);
        ex.ResponseBody!.ShouldContain(description);
        ex.Message.ShouldContain($"{status}");
        ex.Message.ShouldContain($"Partner Center error {code}: {description}");
        ex.Message.ShouldContain(sent["MS-RequestId"]);
        ex.RequestHeaders.ContainsKey("Authorization").ShouldBeFalse();
    }

    [Fact]
    public async Task Too_many_requests_tells_when_to_retry()
    {
        _fake.RespondWithExample(OperationId, 429);
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.Status.ShouldBe(429);
        ex.Error.ShouldBeOfType<RateLimitError>().StatusCode.ShouldBe(429);
        ex.ErrorDescription.ShouldBe("Rate limit is exceeded. Try again in 2 seconds.");
        ex.ErrorCode.ShouldBeNull();
        ex.RetryAfter.ShouldBe(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task An_undocumented_status_with_a_non_json_body_keeps_the_body_excerpt()
    {
        _fake.RespondWith(OperationId, 502, "<html><body>Bad gateway</body></html>");
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.Status.ShouldBe(502);
        ex.Error.ShouldBeNull();
        ex.ResponseBody.ShouldBe("<html><body>Bad gateway</body></html>");
    }

    [Fact]
    public async Task A_documented_error_with_an_unexpected_body_still_surfaces()
    {
        _fake.RespondWith(OperationId, 404, """{"unexpected": true}""");
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.Status.ShouldBe(404);
        ex.ErrorCode.ShouldBeNull();
        ex.ResponseBody.ShouldBe("""{"unexpected": true}""");
    }

    [Fact]
    public async Task A_success_with_an_unreadable_body_is_the_same_exception_with_the_json_error_inside()
    {
        _fake.RespondWith(OperationId, 200, """{"totalCount": 5, "items": [{"licensesActive": "many"}]}""");
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.Status.ShouldBe(200);
        ex.InnerException.ShouldBeOfType<JsonException>().Message.ShouldContain("'licensesActive'");
        ex.Message.ShouldContain("could not be read");
        ex.ResponseBody!.ShouldContain("\"many\"");
    }

    [Fact]
    public async Task A_huge_error_body_is_quoted_only_in_part()
    {
        var huge = new string('x', 100_000);
        _fake.RespondWith(OperationId, 500, huge, new Dictionary<string, string> { ["Content-Type"] = "text/plain" });
        var client = _fake.CreateClient();

        var ex = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        ex.ResponseBody!.Length.ShouldBeLessThanOrEqualTo(2049);
        ex.ResponseBody.ShouldStartWith("xxxx");
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        var client = _fake.CreateClient();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => client.GetCustomerLicensesUsageAsync(CustomerId, cancellation.Token));
    }
}
