using System;
using System.Linq;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using OpenApiClientGenerator.Runtime;
using PartnerCenter.Licenses;
using PartnerCenter.Licenses.Http;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Partner Center client with IHttpClientFactory.</summary>
public static class PartnerCenterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPartnerCenterClient"/> as a typed HttpClient: Partner Center headers and bearer tokens from
    /// <paramref name="credential"/>, then the standard resilience handler (retries honour Retry-After, and only idempotent
    /// methods are retried; a retry whose wait and one more attempt would not fit in the total request timeout, or in the
    /// client's own Timeout, is not made: the 429 or 5xx surfaces at once as a <see cref="PartnerCenterException"/> with
    /// its status and <see cref="PartnerCenterException.RetryAfter"/>). Each attempt is one request on the wire:
    /// SocketsHttpHandler does not resend a request on its own when a new connection closes unanswered.
    /// </summary>
    /// <remarks>
    /// The options are validated when the client is first resolved, and when a host starts: a base address that is
    /// neither HTTPS nor plain HTTP to this machine (loopback), and a locale or application name that cannot be a header
    /// value, throw an <see cref="OptionsValidationException"/> naming the setting.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="credential">Where access tokens come from, such as a DefaultAzureCredential or ClientSecretCredential.</param>
    /// <param name="configure">Sets base address, locale, application name and correlation id.</param>
    /// <param name="configureResilience">Adjusts retries, timeouts and the circuit breaker.</param>
    /// <returns>The HttpClient builder, to add more handlers.</returns>
    /// <exception cref="InvalidOperationException">The client is already registered in <paramref name="services"/>.</exception>
    public static IHttpClientBuilder AddPartnerCenterClient(
        this IServiceCollection services,
        TokenCredential credential,
        Action<PartnerCenterClientOptions>? configure = null,
        Action<HttpStandardResilienceOptions>? configureResilience = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credential);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(AccessTokenCache)))
        {
            // A second call would keep the first credential but stack a second set of handlers and resilience.
            throw new InvalidOperationException(
                "AddPartnerCenterClient was already called on this service collection; the client is registered once per container. " +
                "To change its settings, configure PartnerCenterClientOptions (services.Configure<PartnerCenterClientOptions>(...)).");
        }

        var optionsBuilder = services.AddOptions<PartnerCenterClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PartnerCenterClientOptions>, PartnerCenterClientOptionsValidator>());
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.AddSingleton(provider => new AccessTokenCache(
            credential,
            provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value.Scopes.ToArray(),
            provider.GetService<TimeProvider>()));

        var builder = services
            .AddHttpClient<IPartnerCenterClient, PartnerCenterClient>((httpClient, provider) => CreateClient(httpClient, provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value))
            .UseSocketsHttpHandler((handler, _) => handler.PlaintextStreamFilter = UnansweredConnectionStream.Filter)
            .AddHttpMessageHandler(provider => new PartnerCenterRequestHandler(
                provider.GetRequiredService<AccessTokenCache>(),
                provider.GetRequiredService<IOptions<PartnerCenterClientOptions>>().Value));

        builder.AddStandardResilienceHandler().Configure((options, provider) =>
        {
            options.Retry.DisableForUnsafeHttpMethods();
            configureResilience?.Invoke(options);
            RetryBudget.Apply(options, provider.GetService<TimeProvider>() ?? TimeProvider.System);
        });

        // Inside the retries, once per attempt: NetworkTimeout times each attempt's wait for its answer, not the back-off
        // between attempts (a Retry-After longer than NetworkTimeout would otherwise end the call as a timeout).
        builder.AddHttpMessageHandler(() => new AttemptTimingHandler());

        return builder;
    }

    /// <summary>The options were validated; the address the client calls may still come from the HttpClient's BaseAddress, so it is checked too.</summary>
    private static PartnerCenterClient CreateClient(System.Net.Http.HttpClient httpClient, PartnerCenterClientOptions options)
    {
        var address = options.BaseAddress ?? httpClient.BaseAddress ?? PartnerCenterClientOptions.DefaultBaseAddress;
        if (address is not null && !BearerTokenTransport.Allows(address))
        {
            throw new InvalidOperationException(BearerTokenTransport.Refusal(address, "The HttpClient's BaseAddress"));
        }

        return new PartnerCenterClient(httpClient, options);
    }
}
