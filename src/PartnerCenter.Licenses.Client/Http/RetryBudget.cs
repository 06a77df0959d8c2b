using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using OpenApiClientGenerator.Runtime;
using Polly;
using Polly.Retry;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Keeps retries inside the total request timeout and the client's own <c>Timeout</c>, so that a known outcome is never
/// traded for a timeout. A retry is made only when its wait and one whole attempt (the attempt timeout) fit in what is
/// left of both; otherwise the outcome that asked for it surfaces at once: a 429 or 5xx as a
/// <see cref="PartnerCenterException"/> with its status and <see cref="PartnerCenterException.RetryAfter"/>. Without
/// this, a <c>Retry-After</c> of an hour on a 500, or two 429s asking for 20 s each, were waited out into the total
/// timeout and surfaced as a timeout, the status lost.
/// </summary>
/// <remarks>
/// The wait is what the retry strategy's delay generator gives (the <c>Retry-After</c> of any status, by default), or
/// else the nominal back-off (without jitter, which may add up to half of it). What is left of the total is measured
/// from its start on the pipeline's <see cref="TimeProvider"/>, so the whole call is tracked across attempts; what is
/// left of the client's Timeout the call itself says (on its own clock, from the call's start), through the request.
/// </remarks>
internal static class RetryBudget
{
    private static readonly ResiliencePropertyKey<Deadline> DeadlineKey = new("PartnerCenter.Licenses.TotalRequestDeadline");

    /// <summary>Applies the budget to the final <paramref name="options"/>: call it after every other configuration.</summary>
    public static void Apply(HttpStandardResilienceOptions options, TimeProvider time)
    {
        var total = options.TotalRequestTimeout;
        var fixedTotal = total.Timeout;
        var totalGenerator = total.TimeoutGenerator;
        total.TimeoutGenerator = async arguments =>
        {
            var timeout = totalGenerator is null ? fixedTotal : await totalGenerator(arguments).ConfigureAwait(false);
            arguments.Context.Properties.Set(DeadlineKey, new Deadline(time.GetTimestamp(), timeout));
            return timeout;
        };

        var retry = options.Retry;
        var shouldHandle = retry.ShouldHandle;
        var attemptTimeout = options.AttemptTimeout.Timeout;
        retry.ShouldHandle = async arguments =>
            await shouldHandle(arguments).ConfigureAwait(false)
            && await FitsAsync(arguments, retry, attemptTimeout, time).ConfigureAwait(false);
    }

    private static async ValueTask<bool> FitsAsync(
        RetryPredicateArguments<HttpResponseMessage> arguments, HttpRetryStrategyOptions retry, TimeSpan attemptTimeout, TimeProvider time)
    {
        var left = Timeout.InfiniteTimeSpan;
        if (arguments.Context.Properties.TryGetValue(DeadlineKey, out var deadline) && deadline.IsFinite)
        {
            left = deadline.Total - time.GetElapsedTime(deadline.Start);
        }

        if (arguments.Context.GetRequestMessage() is ApiRequestMessage { Attempts.TimeLeft: var callLeft }
            && callLeft != Timeout.InfiniteTimeSpan
            && (left == Timeout.InfiniteTimeSpan || callLeft < left))
        {
            // The client's own Timeout (PartnerCenterClientOptions.Timeout) ends sooner: it would end the wait as a timeout.
            left = callLeft;
        }

        if (left == Timeout.InfiniteTimeSpan)
        {
            return true;
        }

        var wait = await WaitBeforeRetryAsync(arguments, retry).ConfigureAwait(false);
        return wait < left - attemptTimeout;
    }

    /// <summary>The wait the retry strategy will make before the next attempt: the delay generator's, else the nominal back-off.</summary>
    private static async ValueTask<TimeSpan> WaitBeforeRetryAsync(RetryPredicateArguments<HttpResponseMessage> arguments, HttpRetryStrategyOptions retry)
    {
        if (retry.DelayGenerator is { } generator
            && await generator(new RetryDelayGeneratorArguments<HttpResponseMessage>(arguments.Context, arguments.Outcome, arguments.AttemptNumber)).ConfigureAwait(false) is { } generated
            && generated >= TimeSpan.Zero)
        {
            return generated;
        }

        var factor = retry.BackoffType switch
        {
            DelayBackoffType.Linear => arguments.AttemptNumber + 1.0,
            DelayBackoffType.Exponential => Math.Pow(2, arguments.AttemptNumber),
            _ => 1.0,
        };
        var milliseconds = retry.Delay.TotalMilliseconds * factor;
        var backoff = milliseconds < TimeSpan.MaxValue.TotalMilliseconds / 2 ? TimeSpan.FromMilliseconds(milliseconds) : TimeSpan.MaxValue;
        return retry.MaxDelay is { } maxDelay && maxDelay < backoff ? maxDelay : backoff;
    }

    /// <summary>When the total timeout started (a <see cref="TimeProvider"/> timestamp) and how long it is.</summary>
    private readonly record struct Deadline(long Start, TimeSpan Total)
    {
        public bool IsFinite => Total > TimeSpan.Zero && Total != Timeout.InfiniteTimeSpan;
    }
}
