using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli.Http;

/// <summary>
/// Builds the Partner Center client the way an application would, through dependency injection, so the tool runs the
/// package's real pipeline (Partner Center headers, bearer token, resilience), tuned for a person waiting at a prompt.
/// </summary>
internal sealed class PartnerCenterConnection : IAsyncDisposable
{
    /// <summary>The <c>MS-PartnerCenter-Client</c> header the tool sends.</summary>
    public const string ApplicationName = "PartnerCenter.Licenses.Cli";

    /// <summary>The longest one attempt may wait for response headers before it is abandoned and retried.</summary>
    private static readonly TimeSpan LongestAttempt = TimeSpan.FromSeconds(10);

    private readonly ServiceProvider _services;

    private PartnerCenterConnection(ServiceProvider services)
    {
        _services = services;
        Client = services.GetRequiredService<IPartnerCenterClient>();
    }

    /// <summary>The client.</summary>
    public IPartnerCenterClient Client { get; }

    /// <summary>Creates a client for <paramref name="baseAddress"/> that sends <paramref name="primaryHandler"/>'s way.</summary>
    /// <param name="baseAddress">Partner Center's address.</param>
    /// <param name="credential">Where the bearer token comes from.</param>
    /// <param name="locale">The X-Locale header.</param>
    /// <param name="timeout">The bound of a whole call, retries included.</param>
    /// <param name="primaryHandler">What sends the requests: sockets, or the offline examples.</param>
    /// <param name="verbose">Where <c>--verbose</c> logs each attempt, or null.</param>
    public static PartnerCenterConnection Open(Uri baseAddress, TokenCredential credential, string locale, TimeSpan timeout, Func<HttpMessageHandler> primaryHandler, StderrLines? verbose)
    {
        var services = new ServiceCollection();
        var builder = services.AddPartnerCenterClient(
            credential,
            options =>
            {
                options.BaseAddress = baseAddress;
                options.Locale = locale;
                options.ApplicationName = ApplicationName;
            },
            resilience =>
            {
                // The library's defaults suit a service (3 retries with exponential back-off from 2 s). A person at a
                // prompt is better served by a quick answer: one retry after a short pause still rides out a blip
                // (a dropped connection, a 5xx, a 429 whose Retry-After is honoured), while a wrong --base-url or a
                // server that is down is reported within about a second. The whole call, body included, is bounded
                // by --timeout in UsageItems; here the pipeline gets the same total, and each attempt at most half of
                // it (the standard handler wants the total above the attempt timeout).
                resilience.Retry.MaxRetryAttempts = 1;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(250);
                resilience.AttemptTimeout.Timeout = timeout / 2 < LongestAttempt ? timeout / 2 : LongestAttempt;
                resilience.TotalRequestTimeout.Timeout = timeout;
            });
        builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);

        // The call's bound is --timeout; HttpClient's own 100 s must not cut a longer one short.
        builder.ConfigureHttpClient(httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan);
        if (verbose is not null)
        {
            builder.AddHttpMessageHandler(() => new VerboseRequestLog(verbose));
        }

        return new PartnerCenterConnection(services.BuildServiceProvider());
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
