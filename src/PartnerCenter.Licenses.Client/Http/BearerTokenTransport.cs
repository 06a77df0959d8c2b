using System;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Where the bearer token may go: to HTTPS addresses, and over plain HTTP only to this machine (loopback, for a local
/// test server), where it crosses no network. Anywhere else anyone on the path could read it and act as the caller.
/// </summary>
internal static class BearerTokenTransport
{
    /// <summary>Whether a request to <paramref name="address"/> may carry the bearer token.</summary>
    public static bool Allows(Uri? address)
        => address is { IsAbsoluteUri: true }
           && (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback));

    /// <summary>
    /// Why <paramref name="address"/> is refused, starting with <paramref name="source"/> (what set it). The address is
    /// shown without user info, query or fragment, which may hold secrets.
    /// </summary>
    public static string Refusal(Uri? address, string source)
    {
        const string Remedy = "Use an https:// address (plain http:// only to localhost, 127.0.0.1 or [::1], for a local test server).";
        if (address is not { IsAbsoluteUri: true })
        {
            return $"{source} is not an absolute address: the Partner Center client needs one to send its bearer token to. {Remedy}";
        }

        var shown = address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return address.Scheme == Uri.UriSchemeHttp
            ? $"{source} {shown} is plain HTTP to a host other than this machine: the Partner Center bearer token would travel unencrypted, readable by anyone on the way. {Remedy}"
            : $"{source} {shown} is not an HTTPS address, and the Partner Center client sends a bearer token, which needs HTTPS. {Remedy}";
    }
}
