using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli.SignIn;

/// <summary>
/// Signs in before the first call, so that an interactive sign-in (a device code) is not cut short by the call's timeout
/// and a failed sign-in is reported as such, before anything is sent. The client's token cache then keeps the token for
/// the process and comes back here only to refresh it. Every token handed out is registered as a secret, so it is never
/// printed.
/// </summary>
internal sealed class SignedInCredential : TokenCredential
{
    private readonly TokenCredential _inner;
    private readonly StderrLines _stderr;
    private AccessToken? _first;

    private SignedInCredential(TokenCredential inner, StderrLines stderr, AccessToken first)
    {
        _inner = inner;
        _stderr = stderr;
        _first = first;
    }

    /// <summary>Signs in with <paramref name="inner"/> for <paramref name="scopes"/>.</summary>
    public static async Task<SignedInCredential> SignInAsync(TokenCredential inner, string[] scopes, StderrLines stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(stderr);
        var token = await inner.GetTokenAsync(new TokenRequestContext(scopes), cancellationToken).ConfigureAwait(false);
        stderr.AddSecret(token.Token);
        return new SignedInCredential(inner, stderr, token);
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        => TakeFirst() ?? Remember(_inner.GetToken(requestContext, cancellationToken));

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        => TakeFirst() ?? Remember(await _inner.GetTokenAsync(requestContext, cancellationToken).ConfigureAwait(false));

    private AccessToken? TakeFirst()
    {
        var first = _first;
        _first = null;
        return first;
    }

    private AccessToken Remember(AccessToken token)
    {
        _stderr.AddSecret(token.Token);
        return token;
    }
}
