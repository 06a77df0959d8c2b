using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using PartnerCenter.Licenses.Http;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// The Partner Center headers the handler adds, whether the token is cached (the request goes on at once) or still on
/// its way from the credential, and when the options change after the handler was made.
/// </summary>
public sealed class RequestHandlerTests
{
    private const string Address = "https://api.partnercenter.microsoft.com/v1/customers";

    [Fact]
    public async Task A_token_the_credential_gives_later_is_sent_and_the_cached_one_after_it()
    {
        var fetched = 0;
        var credential = DelegatedTokenCredential.Create(
            (_, _) => throw new InvalidOperationException("the synchronous path is not used"),
            async (_, cancellationToken) =>
            {
                await Task.Delay(10, cancellationToken);
                fetched++;
                return new AccessToken("late-token", DateTimeOffset.UtcNow.AddHours(1));
            });
        using var tokens = new AccessTokenCache(credential, new[] { PartnerCenterClientOptions.DefaultScope });
        var inner = new RecordingHandler();
        using var invoker = new HttpMessageInvoker(new PartnerCenterRequestHandler(tokens, new PartnerCenterClientOptions()) { InnerHandler = inner });

        foreach (var _ in Enumerable.Range(0, 2))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Address);
            using var response = await invoker.SendAsync(request, CancellationToken.None);
        }

        fetched.ShouldBe(1);
        inner.Sent.Select(headers => headers["Authorization"]).ShouldBe(new[] { "Bearer late-token", "Bearer late-token" });
    }

    [Fact]
    public async Task A_correlation_id_changed_after_the_handler_was_made_is_the_one_sent()
    {
        var options = new PartnerCenterClientOptions { CorrelationId = Guid.Parse("11111111-2222-3333-4444-555555555555") };
        var inner = new RecordingHandler();
        using var tokens = Tokens();
        using var invoker = new HttpMessageInvoker(new PartnerCenterRequestHandler(tokens, options) { InnerHandler = inner });

        await SendAsync(invoker);
        options.CorrelationId = Guid.Parse("66666666-7777-8888-9999-000000000000");
        await SendAsync(invoker);

        inner.Sent.Select(headers => headers[PartnerCenterRequestHandler.CorrelationIdHeader])
            .ShouldBe(new[] { "11111111-2222-3333-4444-555555555555", "66666666-7777-8888-9999-000000000000" });
    }

    [Fact]
    public async Task Accept_is_added_when_the_request_has_none_and_kept_when_it_has_one()
    {
        var inner = new RecordingHandler();
        using var tokens = Tokens();
        using var invoker = new HttpMessageInvoker(new PartnerCenterRequestHandler(tokens, new PartnerCenterClientOptions()) { InnerHandler = inner });

        await SendAsync(invoker);
        await SendAsync(invoker, request => request.Headers.TryAddWithoutValidation("Accept", "text/csv"));

        inner.Sent.Select(headers => headers["Accept"]).ShouldBe(new[] { "application/json", "text/csv" });
    }

    [Fact]
    public async Task A_refused_address_fails_the_returned_task_and_nothing_is_sent()
    {
        var inner = new RecordingHandler();
        using var tokens = Tokens();
        using var invoker = new HttpMessageInvoker(new PartnerCenterRequestHandler(tokens, new PartnerCenterClientOptions()) { InnerHandler = inner });
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://partner.example/v1/customers");

        var sending = invoker.SendAsync(request, CancellationToken.None);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => sending);
        error.Message.ShouldStartWith("The request address http://partner.example/v1/customers is plain HTTP to a host other than this machine");
        inner.Sent.ShouldBeEmpty();
    }

    private static AccessTokenCache Tokens()
        => new(DelegatedTokenCredential.Create((_, _) => new AccessToken("cached-token", DateTimeOffset.MaxValue)), new[] { PartnerCenterClientOptions.DefaultScope });

    private static async Task SendAsync(HttpMessageInvoker invoker, Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address);
        prepare?.Invoke(request);
        using var response = await invoker.SendAsync(request, CancellationToken.None);
    }

    /// <summary>Answers 200 at once and keeps each request's headers as the handler left them.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<Dictionary<string, string>> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent.Add(request.Headers.ToDictionary(header => header.Key, header => string.Join(", ", header.Value), StringComparer.OrdinalIgnoreCase));
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
