using System;
using System.Text;

namespace PartnerCenter.Licenses.Cli.Printing;

/// <summary>
/// A URL as the tool prints it: a user name, password or query value could be a secret (a SAS signature, an API key),
/// so they are replaced with <c>***</c>; the scheme, host, port, path and query names stay, so the URL is still recognisable.
/// </summary>
internal static class DisplayUrl
{
    public const string Redacted = "***";

    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return TerminalText.Clean(url.OriginalString);
        }

        var text = new StringBuilder();
        text.Append(url.Scheme).Append("://");
        if (url.UserInfo.Length > 0)
        {
            text.Append(Redacted).Append('@');
        }

        text.Append(url.Authority).Append(url.AbsolutePath);
        if (url.Query.Length > 1)
        {
            text.Append('?');
            var first = true;
            foreach (var pair in url.Query[1..].Split('&'))
            {
                text.Append(first ? string.Empty : "&");
                first = false;
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                text.Append(equals < 0 ? pair : pair[..equals] + "=" + Redacted);
            }
        }

        if (url.Fragment.Length > 1)
        {
            text.Append('#').Append(Redacted);
        }

        return TerminalText.Clean(text.ToString());
    }
}
