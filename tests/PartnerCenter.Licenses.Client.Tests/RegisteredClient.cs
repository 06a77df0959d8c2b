using System;
using System.Threading;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>The client registered as an application registers it (AddPartnerCenterClient), with a credential that counts its calls.</summary>
public sealed class RegisteredClient : IDisposable
{
    /// <summary>The token the credential hands out: no message or log may contain it.</summary>
    public const string Token = "secret-token-0f9e8d7c";

    private int _tokenRequests;

    /// <summary>Registers the client; <paramref name="customize"/> gets the HttpClient builder the registration returns.</summary>
    public RegisteredClient(
        Action<PartnerCenterClientOptions> configure,
        Action<HttpStandardResilienceOptions>? resilience = null,
        TimeProvider? time = null,
        Action<IHttpClientBuilder>? customize = null)
    {
        var credential = DelegatedTokenCredential.Create((_, _) =>
        {
            Interlocked.Increment(ref _tokenRequests);
            return new AccessToken(Token, DateTimeOffset.MaxValue);
        });
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var builder = services.AddPartnerCenterClient(credential, configure, resilience);
        customize?.Invoke(builder);
        Services = services.BuildServiceProvider();
    }

    /// <summary>The container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Resolves the client (which validates the options).</summary>
    public IPartnerCenterClient Client => Services.GetRequiredService<IPartnerCenterClient>();

    /// <summary>How many times the credential was asked for a token.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <inheritdoc/>
    public void Dispose() => Services.Dispose();
}
