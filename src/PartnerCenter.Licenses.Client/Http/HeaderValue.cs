using System;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Checks a setting that is sent as a header value. A line break in it would end the header and start another (header
/// injection), other control characters are not allowed in HTTP header values, and SocketsHttpHandler refuses
/// non-ASCII ones on every request: all are refused when the setting is made, naming the setting.
/// </summary>
internal static class HeaderValue
{
    /// <summary>Why <paramref name="value"/> cannot be sent as the <paramref name="header"/> header, or null when it can.</summary>
    public static string? Problem(string? value, string setting, string header)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{setting} is empty: it is sent as the {header} header, which needs a value.";
        }

        var index = value.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (index < 0)
        {
            return null;
        }

        var code = $"U+{(int)value[index]:X4}";
        return char.IsControl(value[index])
            ? $"{setting} contains a control character ({code}) at index {index}: it is sent as the {header} header, where a line break would end the header and start another. Remove it."
            : $"{setting} contains the non-ASCII character {code} at index {index}: it is sent as the {header} header, which takes printable ASCII only.";
    }
}
