using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Keeps the current access token and asks the credential for a new one shortly before it expires, one caller at a time.
/// Shared by all handler instances of a client, since IHttpClientFactory recycles handlers every few minutes.
/// </summary>
public sealed class AccessTokenCache : IDisposable
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken _token;

    /// <summary>Creates a cache for tokens of the given scopes.</summary>
    public AccessTokenCache(TokenCredential credential, string[] scopes, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credential = credential;
        _context = new TokenRequestContext(scopes);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>A token valid for a while yet, fetched from the credential when needed.</summary>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (IsFresh(_token))
        {
            return _token.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsFresh(_token))
            {
                _token = await _credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
            }

            return _token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _gate.Dispose();

    /// <summary>A token with no real expiry (a static token has ExpiresOn = MinValue) is used as given.</summary>
    private bool IsFresh(AccessToken token)
        => token.Token is not null && (token.ExpiresOn == default || token.ExpiresOn - RefreshMargin > _time.GetUtcNow());
}
