using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Conformance.Header;
using Conformance.Header.Models;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests.Scenarios;

// Header parameters are written in the format of their type (ISO 8601 dates and durations, RFC 1123 for
// date-time-rfc1123, base64 for bytes); documented response headers are read into the same types. The server records a
// response scenario whatever the client does with it, so those tests pass only on the values read.
[ConformanceGroup("header")]
public sealed class HeaderTests(TestServerFixture server) : ConformanceTest(server)
{
    private const string Sentence = "The quick brown fox jumps over the lazy dog";
    // Written with escapes: editors and tools normalise some of these characters (U+F9F1 to U+96A3), the server does not.
    private const string MultiByte = "\u554A\u9F44\u4E02\u72DB\u72DC\uF9F1\uF92C\uF9F1\uFA0C\uFA29";
    private const string ClientRequestId = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0";
    private static readonly DateTimeOffset ValidDateTime = new(2010, 1, 1, 12, 34, 56, TimeSpan.Zero);
    private static readonly DateTimeOffset MinDateTime = new(1, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Duration = new(123, 22, 14, 12, 11);

    private HeaderClient Client => new(Server.HttpClient);

    [Fact] public Task HeaderParameterExistingKey() => Scenario(() => Client.HeaderParamExistingKeyAsync("overwrite"));

    [Fact] public Task HeaderResponseExistingKey() => Scenario(async () => (await Client.HeaderResponseExistingKeyAsync()).UserAgent.ShouldBe("overwrite"));

    // A Content-Type header parameter without a body: the server checks that it arrives as given.
    [Fact] public Task HeaderParameterProtectedKey() => Scenario(() => Client.HeaderParamProtectedKeyAsync("text/html"));

    [Fact]
    public Task HeaderResponseProtectedKey() => Scenario(async () =>
        (await Client.HeaderResponseProtectedKeyAsync()).ContentType.ShouldBe("text/html; charset=utf-8"));

    [Fact] public Task HeaderParameterIntegerPositive() => Scenario(() => Client.HeaderParamIntegerAsync("positive", 1));

    [Fact] public Task HeaderParameterIntegerNegative() => Scenario(() => Client.HeaderParamIntegerAsync("negative", -2));

    [Fact] public Task HeaderResponseIntegerPositive() => Scenario(async () => (await Client.HeaderResponseIntegerAsync("positive")).Value.ShouldBe(1));

    [Fact] public Task HeaderResponseIntegerNegative() => Scenario(async () => (await Client.HeaderResponseIntegerAsync("negative")).Value.ShouldBe(-2));

    [Fact] public Task HeaderParameterLongPositive() => Scenario(() => Client.HeaderParamLongAsync("positive", 105));

    [Fact] public Task HeaderParameterLongNegative() => Scenario(() => Client.HeaderParamLongAsync("negative", -2));

    [Fact] public Task HeaderResponseLongPositive() => Scenario(async () => (await Client.HeaderResponseLongAsync("positive")).Value.ShouldBe(105));

    [Fact] public Task HeaderResponseLongNegative() => Scenario(async () => (await Client.HeaderResponseLongAsync("negative")).Value.ShouldBe(-2));

    [Fact] public Task HeaderParameterFloatPositive() => Scenario(() => Client.HeaderParamFloatAsync("positive", 0.07f));

    [Fact] public Task HeaderParameterFloatNegative() => Scenario(() => Client.HeaderParamFloatAsync("negative", -3f));

    [Fact] public Task HeaderResponseFloatPositive() => Scenario(async () => (await Client.HeaderResponseFloatAsync("positive")).Value.ShouldBe(0.07f));

    [Fact] public Task HeaderResponseFloatNegative() => Scenario(async () => (await Client.HeaderResponseFloatAsync("negative")).Value.ShouldBe(-3f));

    [Fact] public Task HeaderParameterDoublePositive() => Scenario(() => Client.HeaderParamDoubleAsync("positive", 7e120));

    [Fact] public Task HeaderParameterDoubleNegative() => Scenario(() => Client.HeaderParamDoubleAsync("negative", -3.0));

    [Fact] public Task HeaderResponseDoublePositive() => Scenario(async () => (await Client.HeaderResponseDoubleAsync("positive")).Value.ShouldBe(7e120));

    [Fact] public Task HeaderResponseDoubleNegative() => Scenario(async () => (await Client.HeaderResponseDoubleAsync("negative")).Value.ShouldBe(-3.0));

    [Fact] public Task HeaderParameterBoolTrue() => Scenario(() => Client.HeaderParamBoolAsync("true", true));

    [Fact] public Task HeaderParameterBoolFalse() => Scenario(() => Client.HeaderParamBoolAsync("false", false));

    [Fact] public Task HeaderResponseBoolTrue() => Scenario(async () => (await Client.HeaderResponseBoolAsync("true")).Value.ShouldBe(true));

    [Fact] public Task HeaderResponseBoolFalse() => Scenario(async () => (await Client.HeaderResponseBoolAsync("false")).Value.ShouldBe(false));

    [Fact] public Task HeaderParameterStringValid() => Scenario(() => Client.HeaderParamStringAsync("valid", Sentence));

    // An optional header left out is not sent.
    [Fact] public Task HeaderParameterStringNull() => Scenario(() => Client.HeaderParamStringAsync("null", null));

    [Fact] public Task HeaderParameterStringEmpty() => Scenario(() => Client.HeaderParamStringAsync("empty", ""));

    [Fact] public Task HeaderResponseStringValid() => Scenario(async () => (await Client.HeaderResponseStringAsync("valid")).Value.ShouldBe(Sentence));

    // The server's express sets the header to String(null): the text "null" is what arrives.
    [Fact] public Task HeaderResponseStringNull() => Scenario(async () => (await Client.HeaderResponseStringAsync("null")).Value.ShouldBe("null"));

    [Fact] public Task HeaderResponseStringEmpty() => Scenario(async () => (await Client.HeaderResponseStringAsync("empty")).Value.ShouldBe(""));

    [Fact] public Task HeaderParameterEnumValid() => Scenario(() => Client.HeaderParamEnumAsync("valid", GreyscaleColors.Grey));

    [Fact] public Task HeaderParameterEnumNull() => Scenario(() => Client.HeaderParamEnumAsync("null", null));

    // The response header has the same enum (GreyscaleColors) as the parameter.
    [Fact]
    public Task HeaderResponseEnumValid() => Scenario(async () =>
        (await Client.HeaderResponseEnumAsync("valid")).Value.ShouldBe(GreyscaleColors.Grey));

    // The server sends an empty value: no color (null, or empty text while the header is a string).
    [Fact]
    public Task HeaderResponseEnumNull() => Scenario(async () =>
        ((await Client.HeaderResponseEnumAsync("null")).Value?.ToString() ?? "").ShouldBeEmpty());

    [Fact] public Task HeaderParameterDateValid() => Scenario(() => Client.HeaderParamDateAsync("valid", new DateOnly(2010, 1, 1)));

    [Fact] public Task HeaderParameterDateMin() => Scenario(() => Client.HeaderParamDateAsync("min", DateOnly.MinValue));

    [Fact] public Task HeaderResponseDateValid() => Scenario(async () => (await Client.HeaderResponseDateAsync("valid")).Value.ShouldBe(new DateOnly(2010, 1, 1)));

    [Fact] public Task HeaderResponseDateMin() => Scenario(async () => (await Client.HeaderResponseDateAsync("min")).Value.ShouldBe(DateOnly.MinValue));

    [Fact] public Task HeaderParameterDateTimeValid() => Scenario(() => Client.HeaderParamDatetimeAsync("valid", ValidDateTime));

    [Fact] public Task HeaderParameterDateTimeMin() => Scenario(() => Client.HeaderParamDatetimeAsync("min", MinDateTime));

    [Fact] public Task HeaderResponseDateTimeValid() => Scenario(async () => (await Client.HeaderResponseDatetimeAsync("valid")).Value.ShouldBe(ValidDateTime));

    [Fact] public Task HeaderResponseDateTimeMin() => Scenario(async () => (await Client.HeaderResponseDatetimeAsync("min")).Value.ShouldBe(MinDateTime));

    // "Fri, 01 Jan 2010 12:34:56 GMT"
    [Fact]
    public Task HeaderParameterDateTimeRfc1123Valid() => Scenario(() =>
        Client.HeaderParamDatetimeRfc1123Async("valid", ValidDateTime));

    // "Mon, 01 Jan 0001 00:00:00 GMT"
    [Fact]
    public Task HeaderParameterDateTimeRfc1123Min() => Scenario(() =>
        Client.HeaderParamDatetimeRfc1123Async("min", MinDateTime));

    [Fact]
    public Task HeaderResponseDateTimeRfc1123Valid() => Scenario(async () =>
        (await Client.HeaderResponseDatetimeRfc1123Async("valid")).Value.ShouldBe(ValidDateTime));

    [Fact]
    public Task HeaderResponseDateTimeRfc1123Min() => Scenario(async () =>
        (await Client.HeaderResponseDatetimeRfc1123Async("min")).Value.ShouldBe(MinDateTime));

    // "P123DT22H14M12.011S"
    [Fact] public Task HeaderParameterDurationValid() => Scenario(() => Client.HeaderParamDurationAsync("valid", Duration));

    [Fact] public Task HeaderResponseDurationValid() => Scenario(async () => (await Client.HeaderResponseDurationAsync("valid")).Value.ShouldBe(Duration));

    [Fact] public Task HeaderParameterBytesValid() => Scenario(() => Client.HeaderParamByteAsync("valid", Encoding.UTF8.GetBytes(MultiByte)));

    [Fact]
    public Task HeaderResponseBytesValid() => Scenario(async () =>
        (await Client.HeaderResponseByteAsync("valid")).Value.ShouldBe(Encoding.UTF8.GetBytes(MultiByte)));

    // The operation declares no parameter: AutoRest's pipelines add x-ms-client-request-id to every request. A generated
    // client sends what the application's HttpClient pipeline adds, so a handler sets it here.
    [Fact]
    public Task CustomHeaderInRequest() => Scenario(async () =>
    {
        using var http = new HttpClient(new ClientRequestIdHandler(new HttpClientHandler())) { BaseAddress = Server.BaseAddress };
        await new HeaderClient(http).HeaderCustomRequestIdAsync();
    });

    private sealed class ClientRequestIdHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("x-ms-client-request-id", ClientRequestId);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
