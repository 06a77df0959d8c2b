using System;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// Builds the Partner Center client the way an application would, through dependency injection, so the tool runs the
/// package's real pipeline (Partner Center headers, bearer token, resilience), tuned for a person waiting at a prompt.
/// </summary>
internal sealed class PartnerCenterConnection : IAsyncDisposable
{
    /// <summary>How long one attempt may take before it is abandoned (and retried once).</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long one call may take in all, retries included.</summary>
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The <c>MS-PartnerCenter-Client</c> header the tool sends.</summary>
    public const string ApplicationName = "PartnerCenter.Licenses.Cli";

    private readonly ServiceProvider _services;

    private PartnerCenterConnection(ServiceProvider services, Uri baseAddress)
    {
        _services = services;
        BaseAddress = baseAddress;
        Client = services.GetRequiredService<IPartnerCenterClient>();
    }

    /// <summary>The address the client calls.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The client.</summary>
    public IPartnerCenterClient Client { get; }

    /// <summary>Creates a client for <paramref name="baseAddress"/> that sends <paramref name="token"/> as its bearer token.</summary>
    public static PartnerCenterConnection Open(Uri baseAddress, string token, string locale)
    {
        // A token given on the command line does not expire as far as the tool knows: the server says when it has (401).
        var credential = DelegatedTokenCredential.Create((_, _) => new AccessToken(token, DateTimeOffset.MaxValue));

        var services = new ServiceCollection();
        services.AddPartnerCenterClient(
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
                // server that is down is reported within about a second rather than after ~15 s of back-off. A server
                // that accepts the connection but never answers is given AttemptTimeout per attempt (two attempts,
                // ~20 s), and the whole call is capped at TotalTimeout. (The standard handler's validation wants the
                // total above the attempt timeout and the circuit breaker's 30 s sampling window at least twice it.)
                resilience.Retry.MaxRetryAttempts = 1;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(250);
                resilience.AttemptTimeout.Timeout = AttemptTimeout;
                resilience.TotalRequestTimeout.Timeout = TotalTimeout;
            });

        return new PartnerCenterConnection(services.BuildServiceProvider(), baseAddress);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
