using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Adds the headers every Partner Center request carries: <c>Authorization: Bearer</c>, <c>MS-RequestId</c> (new per
/// logical request: placed outside the retry handler, retries keep it), <c>MS-CorrelationId</c>, <c>X-Locale</c> and
/// <c>MS-PartnerCenter-Client</c>. Values the caller already set on a request are kept.
/// </summary>
public sealed class PartnerCenterRequestHandler : DelegatingHandler
{
    /// <summary>The request id header.</summary>
    public const string RequestIdHeader = "MS-RequestId";

    /// <summary>The correlation id header.</summary>
    public const string CorrelationIdHeader = "MS-CorrelationId";

    /// <summary>The locale header.</summary>
    public const string LocaleHeader = "X-Locale";

    /// <summary>The application name header.</summary>
    public const string ClientHeader = "MS-PartnerCenter-Client";

    private readonly AccessTokenCache _tokens;
    private readonly PartnerCenterClientOptions _options;

    /// <summary>Creates the handler; set <see cref="DelegatingHandler.InnerHandler"/> when not used with IHttpClientFactory.</summary>
    public PartnerCenterRequestHandler(AccessTokenCache tokens, PartnerCenterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _options = options;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        headers.Authorization ??= new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
        AddIfMissing(headers, RequestIdHeader, Guid.NewGuid().ToString("D"));
        AddIfMissing(headers, CorrelationIdHeader, _options.CorrelationId.ToString("D"));
        AddIfMissing(headers, LocaleHeader, _options.Locale);
        AddIfMissing(headers, ClientHeader, _options.ApplicationName);
        if (headers.Accept.Count == 0)
        {
            headers.Accept.ParseAdd("application/json");
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static void AddIfMissing(HttpRequestHeaders headers, string name, string value)
    {
        if (!headers.Contains(name))
        {
            headers.TryAddWithoutValidation(name, value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
