using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Adds the headers every Partner Center request carries: <c>Authorization: Bearer</c>, <c>MS-RequestId</c> (new per
/// logical request: placed outside the retry handler, retries keep it), <c>MS-CorrelationId</c>, <c>X-Locale</c> and
/// <c>MS-PartnerCenter-Client</c>. Values the caller already set on a request are kept. A request to an address that is
/// neither HTTPS nor plain HTTP to this machine (loopback) is refused before the token is fetched, whatever set its
/// address.
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

    /// <summary>The last correlation id sent, with its text (one object, so a thread sees both from the same id).</summary>
    private FormattedId? _correlationIdText;

    /// <summary>Creates the handler; set <see cref="DelegatingHandler.InnerHandler"/> when not used with IHttpClientFactory.</summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="options"/> has a base address that is neither HTTPS nor HTTP to this machine, or a locale or
    /// application name that cannot be a header value (empty, or with control or non-ASCII characters).
    /// </exception>
    public PartnerCenterRequestHandler(AccessTokenCache tokens, PartnerCenterClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(options);
        PartnerCenterClientOptionsValidator.ThrowIfInvalid(options, nameof(options));
        _tokens = tokens;
        _options = options;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// With the token already cached (the usual case) the request goes on to the next handler without an asynchronous
    /// step of its own. A failure here (a refused address or setting, no token) is the returned task's, as from any
    /// handler that awaits.
    /// </remarks>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ValueTask<string> token;
        try
        {
            ArgumentNullException.ThrowIfNull(request);
            AddHeaders(request);
            if (request.Headers.Authorization is not null)
            {
                return base.SendAsync(request, cancellationToken);
            }

            token = _tokens.GetTokenAsync(cancellationToken);
            if (token.IsCompletedSuccessfully)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Result);
                return base.SendAsync(request, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            return Task.FromException<HttpResponseMessage>(ex);
        }

        return SendWhenTokenArrivesAsync(request, token, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendWhenTokenArrivesAsync(HttpRequestMessage request, ValueTask<string> token, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Partner Center headers the request does not already carry; refuses an address the token may not go to.</summary>
    private void AddHeaders(HttpRequestMessage request)
    {
        var headers = request.Headers;

        // The ids first, so that a request failing from here on (no token, refused address, transport) still names them.
        AddIfMissing(headers, RequestIdHeader, Guid.NewGuid().ToString("D"));
        AddIfMissing(headers, CorrelationIdHeader, CorrelationIdText());

        // Options are mutable: checked when the handler was made, and again here so a later change cannot inject a header.
        AddIfMissing(headers, LocaleHeader, Checked(_options.Locale, PartnerCenterClientOptionsValidator.LocaleProblem(_options)));
        AddIfMissing(headers, ClientHeader, Checked(_options.ApplicationName, PartnerCenterClientOptionsValidator.ApplicationNameProblem(_options)));

        // By name: reading headers.Accept would parse the value the client set into objects only to count them.
        AddIfMissing(headers, "Accept", "application/json");
        if (!BearerTokenTransport.Allows(request.RequestUri))
        {
            throw new InvalidOperationException(BearerTokenTransport.Refusal(request.RequestUri, "The request address"));
        }
    }

    /// <summary>The correlation id as text, formatted again only when the options' id changes.</summary>
    private string CorrelationIdText()
    {
        var id = _options.CorrelationId;
        var text = _correlationIdText;
        if (text is null || text.Id != id)
        {
            _correlationIdText = text = new FormattedId(id, id.ToString("D"));
        }

        return text.Text;
    }

    private static string Checked(string value, string? problem)
        => problem is null ? value : throw new InvalidOperationException(problem);

    private static void AddIfMissing(HttpRequestHeaders headers, string name, string value)
    {
        if (!headers.Contains(name))
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }

    private sealed record FormattedId(Guid Id, string Text);
}
