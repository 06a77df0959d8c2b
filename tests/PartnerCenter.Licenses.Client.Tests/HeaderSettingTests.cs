using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Microsoft.Extensions.Options;
using PartnerCenter.Licenses.Http;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>Settings sent as header values cannot inject headers: control and non-ASCII characters are refused, naming the setting.</summary>
public sealed class HeaderSettingTests
{
    private static readonly Guid CustomerId = Guid.Parse("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");

    public static TheoryData<string, string, string> BadValues => new()
    {
        { "Locale", "en-US\r\nX-Injected: 1", "contains a control character (U+000D) at index 5" },
        { "Locale", "en-US\nX-Injected: 1", "contains a control character (U+000A) at index 5" },
        { "Locale", "en\0US", "contains a control character (U+0000) at index 2" },
        { "Locale", "", "is empty" },
        { "ApplicationName", "Contoso\r\nX-Injected: 1", "contains a control character (U+000D) at index 7" },
        { "ApplicationName", "Contoso\tBilling", "contains a control character (U+0009) at index 7" },
        { "ApplicationName", "Contoso\u007F", "contains a control character (U+007F) at index 7" },
        { "ApplicationName", "Contoso Müller", "contains the non-ASCII character U+00FC at index 9" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task A_setting_that_cannot_be_a_header_value_is_refused_when_the_client_is_resolved_and_nothing_is_sent(string setting, string value, string reason)
    {
        await using var server = RawHttpServer.Start(async connection => await connection.ReadRequestAsync());
        using var registered = new RegisteredClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            Set(options, setting, value);
        });

        var error = await Should.ThrowAsync<OptionsValidationException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId));

        error.Failures.ShouldHaveSingleItem().ShouldStartWith($"PartnerCenterClientOptions.{setting} {reason}");
        server.Connections.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void The_handler_made_without_dependency_injection_refuses_it_too(string setting, string value, string reason)
    {
        var options = new PartnerCenterClientOptions();
        Set(options, setting, value);

        var error = Should.Throw<ArgumentException>(() => new PartnerCenterRequestHandler(Tokens(), options));

        error.ParamName.ShouldBe("options");
        error.Message.ShouldStartWith($"PartnerCenterClientOptions.{setting} {reason}");
    }

    [Fact]
    public async Task A_setting_changed_to_a_bad_value_after_the_handler_was_made_is_refused_before_sending()
    {
        var options = new PartnerCenterClientOptions { BaseAddress = new Uri("http://127.0.0.1:5000/v1/") };
        var sent = 0;
        using var handler = new PartnerCenterRequestHandler(Tokens(), options) { InnerHandler = new CountingHandler(() => sent++) };
        using var invoker = new HttpMessageInvoker(handler);
        options.Locale = "en-US\r\nX-Injected: 1";
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:5000/v1/customers");

        var error = await Should.ThrowAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        error.Message.ShouldStartWith("PartnerCenterClientOptions.Locale contains a control character (U+000D)");
        sent.ShouldBe(0);
    }

    [Fact]
    public async Task Valid_settings_arrive_as_exactly_one_header_each()
    {
        await using var server = RawHttpServer.Answering((_, _) => RawHttpServer.Response(404));
        using var registered = new RegisteredClient(options =>
        {
            options.BaseAddress = server.BaseAddress;
            options.Locale = "fr-FR";
            options.ApplicationName = "Contoso Billing/2.1 (ops@contoso.example)";
        });

        await Should.ThrowAsync<PartnerCenterException>(() => registered.Client.GetCustomerLicensesUsageAsync(CustomerId));

        var request = server.Requests.ShouldHaveSingleItem();
        request.Values(PartnerCenterRequestHandler.LocaleHeader).ShouldBe(new[] { "fr-FR" });
        request.Values(PartnerCenterRequestHandler.ClientHeader).ShouldBe(new[] { "Contoso Billing/2.1 (ops@contoso.example)" });
    }

    private static AccessTokenCache Tokens()
        => new(DelegatedTokenCredential.Create((_, _) => new AccessToken(RegisteredClient.Token, DateTimeOffset.MaxValue)), new[] { PartnerCenterClientOptions.DefaultScope });

    private static void Set(PartnerCenterClientOptions options, string setting, string value)
    {
        if (setting == "Locale")
        {
            options.Locale = value;
        }
        else
        {
            options.ApplicationName = value;
        }
    }

    private sealed class CountingHandler(Action onSend) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }
}
