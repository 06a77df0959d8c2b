using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using PartnerCenter.Licenses.Http;
using PartnerCenter.Licenses.Testing;
using Polly;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// A known status never becomes a timeout: a retry is made only when its wait and one more attempt fit in what is left
/// of the total request timeout. Time is a fake clock the tests advance only when the client waits on it.
/// </summary>
public sealed class RetryBudgetTests
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private static readonly string RateLimited = """{"statusCode":429,"message":"Rate limit is exceeded."}""";
    private static readonly string InternalError = """{"code":500000,"description":"An internal error occurred.","source":"PartnerFD"}""";

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task A_retry_after_of_an_hour_surfaces_the_status_at_once_instead_of_waiting_into_a_timeout(int status)
    {
        var clock = new SteppedClock();
        var started = clock.GetUtcNow();
        await using var server = Always(RawHttpServer.Response(status, status == 429 ? RateLimited : InternalError, "Retry-After: 3600"));
        using var registered = new RegisteredClient(options => options.BaseAddress = server.BaseAddress, time: clock);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<PartnerCenterException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        error.Status.ShouldBe(status);
        error.RetryAfter.ShouldBe(TimeSpan.FromHours(1));
        server.Requests.Count.ShouldBe(1);
        clock.GetUtcNow().ShouldBe(started);
        error.Message.ShouldNotContain(RegisteredClient.Token);
    }

    [Fact]
    public async Task Two_429s_asking_for_20_seconds_surface_the_second_429_when_another_wait_would_not_fit()
    {
        // 30 s in all, 5 s per attempt: the first 20 s wait fits (20 + 5 < 30), the second does not (20 + 5 > 10 left).
        var clock = new SteppedClock();
        var started = clock.GetUtcNow();
        await using var server = Always(RawHttpServer.Response(429, RateLimited, "Retry-After: 20"));
        using var registered = WithFiveSecondAttempts(server, clock);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var call = registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token);
        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(20), hang.Token);
        var error = await Should.ThrowAsync<PartnerCenterException>(() => call);

        error.Status.ShouldBe(429);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(20));
        var requests = server.Requests;
        requests.Count.ShouldBe(2);
        requests.Select(request => request.Values(PartnerCenterRequestHandler.RequestIdHeader).Single()).Distinct().ShouldHaveSingleItem();
        error.RequestId.ShouldBe(requests[0].Values(PartnerCenterRequestHandler.RequestIdHeader).Single());
        (clock.GetUtcNow() - started).ShouldBe(TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData(20, null)] // 20 s and a 5 s attempt fit in the total of 30 s
    [InlineData(4, 20)] // 4 s and a 5 s attempt fit in the client's own Timeout of 20 s too (with room for a slow first attempt)
    public async Task A_retry_whose_wait_fits_is_made(int retryAfterSeconds, int? timeoutSeconds)
    {
        var clock = new SteppedClock();
        var success = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;
        await using var server = RawHttpServer.Answering((_, number) => number == 1
            ? RawHttpServer.Response(429, RateLimited, $"Retry-After: {retryAfterSeconds}")
            : RawHttpServer.Response(200, success, "Content-Type: application/json"));
        using var registered = WithFiveSecondAttempts(server, clock, timeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var call = registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token);
        await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(retryAfterSeconds), hang.Token);
        var usage = await call;

        usage.TotalCount.ShouldBe(5);
        server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Back_off_retries_stop_when_the_next_attempt_would_not_fit_and_the_last_status_surfaces()
    {
        // 12 s in all, 5 s per attempt, 2 s between attempts: retries after the failures at 0, 2 and 4 s fit
        // (2 + 5 < 12, 10, 8); after the one at 6 s they would not (2 + 5 > 6 left), so its 500 surfaces, not a timeout.
        var clock = new SteppedClock();
        await using var server = Always(RawHttpServer.Response(500, InternalError));
        using var registered = new RegisteredClient(
            options => options.BaseAddress = server.BaseAddress,
            resilience =>
            {
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(12);
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5);
                resilience.Retry.MaxRetryAttempts = 10;
                resilience.Retry.BackoffType = DelayBackoffType.Constant;
                resilience.Retry.UseJitter = false;
                resilience.Retry.Delay = TimeSpan.FromSeconds(2);
            },
            clock);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var call = registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token);
        for (var retry = 0; retry < 3; retry++)
        {
            await clock.AdvanceWhenWaitingAsync(TimeSpan.FromSeconds(2), hang.Token);
        }

        var error = await Should.ThrowAsync<PartnerCenterException>(() => call);

        error.Status.ShouldBe(500);
        error.ErrorCode.ShouldBe(500000);
        server.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task A_wait_that_would_outlast_the_clients_own_timeout_surfaces_the_status_at_once()
    {
        // The pipeline's 30 s leave room for a 20 s wait and a 5 s attempt; the client's Timeout of 10 s does not.
        var clock = new SteppedClock();
        var started = clock.GetUtcNow();
        await using var server = Always(RawHttpServer.Response(429, RateLimited, "Retry-After: 20"));
        using var registered = WithFiveSecondAttempts(server, clock, TimeSpan.FromSeconds(10));
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<PartnerCenterException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        error.Status.ShouldBe(429);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(20));
        server.Requests.Count.ShouldBe(1);
        clock.GetUtcNow().ShouldBe(started);
    }

    /// <summary>5 s per attempt on <paramref name="clock"/> (30 s in all); the client's own <paramref name="timeout"/> when given.</summary>
    private static RegisteredClient WithFiveSecondAttempts(RawHttpServer server, TimeProvider clock, TimeSpan? timeout = null) => new(
        options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Timeout = timeout ?? options.Timeout;
        },
        resilience => resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(5),
        clock);

    private static RawHttpServer Always(string response) => RawHttpServer.Answering((_, _) => response);
}
