using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerCenter.Licenses.Http;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>The bearer token goes only over HTTPS, or plain HTTP to this machine; anything else is refused before a connection is made.</summary>
public sealed class TransportSecurityTests
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");

    [Theory]
    [InlineData("http://api.partnercenter.example.com/v1/", "is plain HTTP to a host other than this machine")]
    [InlineData("http://10.1.2.3:8080/v1/", "is plain HTTP to a host other than this machine")]
    [InlineData("ftp://127.0.0.1/v1/", "is not an HTTPS address")]
    public void A_base_address_that_would_expose_the_token_is_refused_when_the_client_is_resolved_and_when_a_host_starts(string address, string reason)
    {
        using var registered = new RegisteredClient(options => options.BaseAddress = new Uri(address));

        var onResolve = Should.Throw<OptionsValidationException>(() => registered.Client);
        var onStart = Should.Throw<OptionsValidationException>(() => registered.Services.GetRequiredService<IStartupValidator>().Validate());

        foreach (var error in new[] { onResolve, onStart })
        {
            var failure = error.Failures.ShouldHaveSingleItem();
            failure.ShouldStartWith("PartnerCenterClientOptions.BaseAddress ");
            failure.ShouldContain(reason);
            failure.ShouldContain("Use an https:// address");
        }

        registered.TokenRequests.ShouldBe(0);
    }

    [Fact]
    public void A_refused_address_is_quoted_without_its_user_info_or_query()
    {
        using var registered = new RegisteredClient(options => options.BaseAddress = new Uri("http://admin:hunter2-password@partner.example.com/v1/?sig=sas-signature-value#frag"));

        var error = Should.Throw<OptionsValidationException>(() => registered.Client);

        error.Message.ShouldContain("http://partner.example.com/v1/");
        error.Message.ShouldNotContain("hunter2-password");
        error.Message.ShouldNotContain("admin");
        error.Message.ShouldNotContain("sas-signature-value");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1/")]
    [InlineData("http://localhost:5000/v1/")]
    [InlineData("http://[::1]:5000/v1/")]
    [InlineData("https://partner.example.com/v1/")]
    public void Https_and_plain_http_to_this_machine_are_accepted(string address)
    {
        using var registered = new RegisteredClient(options => options.BaseAddress = new Uri(address));

        registered.Client.ShouldNotBeNull();
        registered.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void A_plain_http_address_set_on_the_http_client_instead_of_the_options_is_refused_too()
    {
        using var registered = new RegisteredClient(
            _ => { },
            customize: builder => builder.ConfigureHttpClient(httpClient => httpClient.BaseAddress = new Uri("http://partner.example.com/v1/")));

        var error = Should.Throw<InvalidOperationException>(() => registered.Client);

        error.Message.ShouldStartWith("The HttpClient's BaseAddress http://partner.example.com/v1/ is plain HTTP to a host other than this machine");
    }

    [Fact]
    public async Task The_handler_refuses_a_request_to_a_plain_http_host_whatever_set_its_address_without_fetching_the_token()
    {
        var tokenRequests = 0;
        var credential = DelegatedTokenCredential.Create((_, _) =>
        {
            Interlocked.Increment(ref tokenRequests);
            return new AccessToken(RegisteredClient.Token, DateTimeOffset.MaxValue);
        });
        var options = new PartnerCenterClientOptions { BaseAddress = new Uri("http://127.0.0.1:5000/v1/") };
        using var terminal = new RecordingHandler();
        using var handler = new PartnerCenterRequestHandler(new AccessTokenCache(credential, options.Scopes.ToArray()), options) { InnerHandler = terminal };
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://partner.example.com/v1/customers");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        error.Message.ShouldStartWith("The request address http://partner.example.com/v1/customers is plain HTTP to a host other than this machine");
        terminal.Requests.ShouldBe(0);
        tokenRequests.ShouldBe(0);
        request.Headers.Authorization.ShouldBeNull();
        request.Headers.Contains(PartnerCenterRequestHandler.RequestIdHeader).ShouldBeTrue();
    }

    [Fact]
    public async Task A_redirect_does_not_carry_the_token_to_the_other_server()
    {
        await using var target = RawHttpServer.Answering((_, _) => RawHttpServer.Response(404));
        await using var redirecting = RawHttpServer.Answering((request, _) =>
            RawHttpServer.Response(302, "", $"Location: {new Uri(target.BaseAddress, request.RequestLine.Split(' ')[1])}"));
        using var registered = new RegisteredClient(options => options.BaseAddress = redirecting.BaseAddress);
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await Should.ThrowAsync<PartnerCenterException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId, hang.Token));

        error.Status.ShouldBe(404);
        redirecting.Requests.ShouldHaveSingleItem().Values("Authorization").ShouldBe(new[] { "Bearer " + RegisteredClient.Token });
        var redirected = target.Requests.ShouldHaveSingleItem();
        redirected.Values("Authorization").ShouldBeEmpty();
        redirected.Head.ShouldNotContain(RegisteredClient.Token);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
