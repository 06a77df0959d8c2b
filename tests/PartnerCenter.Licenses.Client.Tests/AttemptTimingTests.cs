using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// NetworkTimeout times each attempt's wait for its answer, not the back-off between attempts: the registration puts
/// the per-attempt timing inside the retries. The back-off runs on a fake clock the test holds still for real seconds,
/// twice NetworkTimeout, so the client's real timer has every chance to fire during it. NetworkTimeout is seconds, not
/// milliseconds: the first attempt (a new connection, code run for the first time) must answer within it on a busy machine.
/// </summary>
public sealed class AttemptTimingTests
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
    private static readonly string RateLimited = """{"statusCode":429,"message":"Rate limit is exceeded."}""";
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan HeldBackOff = NetworkTimeout * 2;

    [Fact]
    public async Task A_back_off_longer_than_the_network_timeout_is_waited_out_and_the_retry_answers()
    {
        var clock = new SteppedClock();
        var success = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;
        await using var server = RawHttpServer.Answering((_, number) => number == 1
            ? RawHttpServer.Response(429, RateLimited, "Retry-After: 20")
            : RawHttpServer.Response(200, success, "Content-Type: application/json"));
        using var registered = Registered(server.BaseAddress, clock, TimeSpan.FromMinutes(5));

        var usage = await HoldingTheBackOffAsync(registered, clock);

        usage.TotalCount.ShouldBe(5);
        server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_attempt_answered_at_once_ends_as_one_answered_later_does()
    {
        // A handler that answers synchronously (no socket): the attempt ends without a state machine, and the same holds.
        var clock = new SteppedClock();
        var success = SpecExamples.Get("getCustomerLicensesUsage").Responses[200].Body!;
        var answers = 0;
        using var registered = Registered(
            new Uri("https://partner.example/v1/"),
            clock,
            TimeSpan.FromMinutes(5),
            builder => builder.ConfigurePrimaryHttpMessageHandler(() => new AnsweringAtOnce(() => ++answers == 1
                ? new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent(RateLimited), Headers = { RetryAfter = new(RetryAfter) } }
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(success, Encoding.UTF8, "application/json") })));

        var usage = await HoldingTheBackOffAsync(registered, clock);

        usage.TotalCount.ShouldBe(5);
        answers.ShouldBe(2);
    }

    [Fact]
    public async Task The_retry_that_then_gets_no_answer_fails_the_network_timeout()
    {
        // The back-off is not timed, but the attempt after it is: its silence fails the call as NetworkTimeout.
        var clock = new SteppedClock();
        await using var server = RawHttpServer.Answering((_, number) => number == 1 ? RawHttpServer.Response(429, RateLimited, "Retry-After: 20") : string.Empty);
        using var registered = Registered(server.BaseAddress, clock, TimeSpan.FromMinutes(5));

        var error = await Should.ThrowAsync<PartnerCenterException>(() => HoldingTheBackOffAsync(registered, clock));

        error.Status.ShouldBe(0);
        error.Message.ShouldContain("no data from the service within 2 s (NetworkTimeout)");
        server.Requests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_calls_timeout_still_bounds_the_back_off_and_says_so()
    {
        // A 1 s wait and a 1 s attempt fit in the call's Timeout of 5 s (with room for a slow first attempt), so the retry
        // is to be made; the wait is held on the fake clock, and the Timeout ends the call during it (NetworkTimeout, 2 s,
        // would have fired first).
        var clock = new SteppedClock();
        await using var server = RawHttpServer.Answering((_, _) => RawHttpServer.Response(429, RateLimited, "Retry-After: 1"));
        using var registered = Registered(server.BaseAddress, clock, NetworkTimeout * 2.5);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<PartnerCenterException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        error.Message.ShouldContain("the call took longer than 5 s (Timeout)");
        server.Requests.Count.ShouldBe(1);
    }

    /// <summary>Calls, holds the retry's 20 s back-off still for real seconds once it waits, then lets it pass.</summary>
    private static async Task<CustomerLicensesUsageInsightsCollection> HoldingTheBackOffAsync(RegisteredClient registered, SteppedClock clock)
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var call = registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token);
        await clock.WhenWaitingAsync(RetryAfter, hang.Token);
        await Task.Delay(HeldBackOff, hang.Token);
        clock.Advance(RetryAfter);
        return await call;
    }

    /// <summary>30 s in all and 1 s per attempt on <paramref name="clock"/> (so a 20 s Retry-After is honoured); the client's own timeouts are real.</summary>
    private static RegisteredClient Registered(Uri baseAddress, TimeProvider clock, TimeSpan timeout, Action<IHttpClientBuilder>? customize = null) => new(
        options =>
        {
            options.BaseAddress = baseAddress;
            options.NetworkTimeout = NetworkTimeout;
            options.Timeout = timeout;
        },
        resilience => resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1),
        clock,
        customize);

    /// <summary>Answers every request at once (a completed task) with what <paramref name="answer"/> gives.</summary>
    private sealed class AnsweringAtOnce(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(answer());
    }
}
