using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Licenses.Testing;
using WireMock.RequestBuilders;
using Request = WireMock.RequestBuilders.Request;
using WireMock.ResponseBuilders;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>The client as an application registers it: IHttpClientFactory, a token credential, resilience.</summary>
public sealed class DependencyInjectionTests : IDisposable
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();
    private int _tokenRequests;

    public void Dispose() => _fake.Dispose();

    private ServiceProvider Services()
    {
        var credential = DelegatedTokenCredential.Create((context, _) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            context.Scopes.ShouldBe(new[] { PartnerCenterClientOptions.DefaultScope });
            return new AccessToken("token-from-credential", DateTimeOffset.UtcNow.AddHours(1));
        });
        var services = new ServiceCollection();
        services.AddPartnerCenterClient(
            credential,
            options => options.BaseAddress = _fake.BaseAddress,
            resilience => resilience.Retry.Delay = TimeSpan.Zero);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_registered_client_authenticates_with_the_credential_and_caches_the_token()
    {
        using var services = Services();
        var client = services.GetRequiredService<IPartnerCenterClient>();

        var usage = await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();
        await client.Customers.ById(CustomerId).Analytics.Licenses.Usage.GetAsync();

        usage.Items.Count.ShouldBe(5);
        _fake.Requests.ShouldAllBe(request => request.Headers["Authorization"] == "Bearer token-from-credential");
        _tokenRequests.ShouldBe(1);
    }

    [Fact]
    public async Task A_throttled_request_is_retried_with_the_same_request_id()
    {
        var example = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;
        var path = "/v1/customers/" + CustomerId + "/analytics/licenses/usage";
        _fake.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(1).InScenario("throttle").WillSetStateTo("served")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0").WithBody("""{"statusCode":429,"message":"slow down"}"""));
        _fake.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(1).InScenario("throttle").WhenStateIs("served")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(example));
        using var services = Services();
        var client = services.GetRequiredService<IPartnerCenterClient>();

        var usage = await client.GetCustomerLicensesUsageAsync(CustomerId);

        usage.TotalCount.ShouldBe(5);
        var requests = _fake.Requests;
        requests.Count.ShouldBe(2);
        requests[1].Headers["MS-RequestId"].ShouldBe(requests[0].Headers["MS-RequestId"]);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_total_timeout_surfaces_the_throttling_at_once()
    {
        var path = "/v1/customers/" + CustomerId + "/analytics/licenses/usage";
        _fake.Server.Given(Request.Create().WithPath(path).UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120").WithBody("""{"statusCode":429,"message":"Rate limit is exceeded."}"""));
        using var services = Services();
        var client = services.GetRequiredService<IPartnerCenterClient>();

        var error = await Should.ThrowAsync<PartnerCenterException>(() => client.GetCustomerLicensesUsageAsync(CustomerId));

        error.Status.ShouldBe(429);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        _fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public void Registering_the_client_twice_is_refused_with_a_clear_message()
    {
        var services = new ServiceCollection();
        var first = DelegatedTokenCredential.Create((_, _) => new AccessToken("first", DateTimeOffset.UtcNow.AddHours(1)));
        var second = DelegatedTokenCredential.Create((_, _) => new AccessToken("second", DateTimeOffset.UtcNow.AddHours(1)));
        services.AddPartnerCenterClient(first);

        var error = Should.Throw<InvalidOperationException>(() => services.AddPartnerCenterClient(second));

        error.Message.ShouldStartWith("AddPartnerCenterClient was already called on this service collection");
    }
}
