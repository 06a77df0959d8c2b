using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Keeps the retry strategy from waiting out a <c>Retry-After</c> longer than the whole request may take: such a wait
/// could only end in a timeout, so the throttled response is returned at once and surfaces as a
/// <see cref="PartnerCenterException"/> with its status and <see cref="PartnerCenterException.RetryAfter"/>.
/// </summary>
internal static class RetryAfterBudget
{
    /// <summary>Wraps <paramref name="shouldHandle"/>: outcomes asking to wait longer than <paramref name="budget"/> are not retried.</summary>
    public static Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> Limit(
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> shouldHandle,
        TimeSpan budget)
        => arguments => Exceeds(arguments.Outcome, budget) ? ValueTask.FromResult(false) : shouldHandle(arguments);

    private static bool Exceeds(Outcome<HttpResponseMessage> outcome, TimeSpan budget)
    {
        if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } response
            || response.Headers.RetryAfter is not { } retryAfter)
        {
            return false;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
        return wait >= budget;
    }
}
