using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using PartnerCenter.Licenses.Http;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// A call that fails without a response (a dropped connection, a timeout, an open circuit) still names the ids it was
/// sent with: the exception reads them from the request headers it keeps, and the handler sets them before anything can fail.
/// </summary>
public sealed class FailureWithoutResponseTests
{
    private const string RequestId = "0d0a4f3e-5b6c-4d7e-8f90-a1b2c3d4e5f6";
    private const string CorrelationId = "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b";
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> None = new Dictionary<string, IReadOnlyList<string>>();

    [Fact]
    public void The_ids_come_from_the_request_headers_when_there_is_no_response()
    {
        var sent = Headers(StringComparer.OrdinalIgnoreCase, ("MS-RequestId", RequestId), ("MS-CorrelationId", CorrelationId));
        var inner = new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");

        var error = new PartnerCenterException("getCustomerLicensesUsage failed: no response.", 0, "getCustomerLicensesUsage", null, null, None, sent, inner);

        error.Status.ShouldBe(0);
        error.RequestId.ShouldBe(RequestId);
        error.CorrelationId.ShouldBe(CorrelationId);
        error.RetryAfter.ShouldBeNull();
        error.InnerException.ShouldBeSameAs(inner);
        error.Message.ShouldBe($"getCustomerLicensesUsage failed: no response. (MS-RequestId: {RequestId}, MS-CorrelationId: {CorrelationId})");
    }

    [Fact]
    public void Header_names_match_in_any_case_whatever_the_dictionary_compares()
    {
        var sent = Headers(StringComparer.Ordinal, ("ms-requestid", RequestId), ("MS-CORRELATIONID", CorrelationId));

        var error = new PartnerCenterException("failed", 0, "op", null, null, None, sent, null);

        error.RequestId.ShouldBe(RequestId);
        error.CorrelationId.ShouldBe(CorrelationId);
    }

    [Fact]
    public void An_empty_echo_in_the_response_falls_back_to_the_id_sent()
    {
        var received = Headers(StringComparer.OrdinalIgnoreCase, ("MS-RequestId", ""), ("Retry-After", "7"));
        var sent = Headers(StringComparer.OrdinalIgnoreCase, ("MS-RequestId", RequestId));

        var error = new PartnerCenterException("failed", 503, "op", null, null, received, sent, null);

        error.RequestId.ShouldBe(RequestId);
        error.CorrelationId.ShouldBeNull();
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task The_handler_sets_the_ids_before_fetching_the_token_so_a_credential_failure_still_names_them()
    {
        var credential = DelegatedTokenCredential.Create((_, _) => throw new InvalidOperationException("no token today"));
        var options = new PartnerCenterClientOptions();
        using var tokens = new AccessTokenCache(credential, options.Scopes.ToArray());
        using var handler = new PartnerCenterRequestHandler(tokens, options) { InnerHandler = new SocketsHttpHandler() };
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.partnercenter.microsoft.com/v1/customers");

        await Should.ThrowAsync<InvalidOperationException>(() => invoker.SendAsync(request, CancellationToken.None));

        Guid.TryParse(request.Headers.GetValues(PartnerCenterRequestHandler.RequestIdHeader).Single(), out _).ShouldBeTrue();
        request.Headers.GetValues(PartnerCenterRequestHandler.CorrelationIdHeader).Single().ShouldBe(options.CorrelationId.ToString("D"));
        request.Headers.Authorization.ShouldBeNull();
    }

    private static Dictionary<string, IReadOnlyList<string>> Headers(StringComparer comparer, params (string Name, string Value)[] headers)
        => headers.ToDictionary(header => header.Name, header => (IReadOnlyList<string>)new[] { header.Value }, comparer);
}
