using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses;

/// <summary>What a Partner Center error tells beyond the status: its error code, description and the ids to quote to support.</summary>
public partial class PartnerCenterException
{
    /// <summary>The Partner Center error code (such as 600002), when the body was a Partner Center error.</summary>
    public int? ErrorCode => Error is PartnerCenterError error ? error.Code : null;

    /// <summary>The error description from the body (a Partner Center error or a rate-limit error).</summary>
    public string? ErrorDescription => Error switch
    {
        PartnerCenterError error => error.Description,
        RateLimitError rateLimit => rateLimit.Message,
        _ => null,
    };

    /// <summary>The <c>MS-RequestId</c> of the failed request, as echoed by the service, or as sent (also when no response came).</summary>
    public string? RequestId => Header("MS-RequestId");

    /// <summary>The <c>MS-CorrelationId</c> of the failed request, as echoed by the service, or as sent (also when no response came).</summary>
    public string? CorrelationId => Header("MS-CorrelationId");

    /// <summary>How long the service asked to wait before retrying (the <c>Retry-After</c> header of a 429 or 5xx), if it said.</summary>
    public TimeSpan? RetryAfter
    {
        get
        {
            var value = FirstValue(ResponseHeaders, "Retry-After");
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }

            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
                ? date - DateTimeOffset.UtcNow
                : null;
        }
    }

    /// <inheritdoc/>
    public override string Message
    {
        get
        {
            var message = new StringBuilder(base.Message);
            if (ErrorDescription is { } description)
            {
                message.Append(ErrorCode is { } code ? $" Partner Center error {code}: " : " ").Append(description);
            }

            if (RequestId is not null || CorrelationId is not null)
            {
                message.Append(CultureInfo.InvariantCulture, $" (MS-RequestId: {RequestId ?? "none"}, MS-CorrelationId: {CorrelationId ?? "none"})");
            }

            return message.ToString();
        }
    }

    /// <summary>
    /// The header's first non-empty value in the response, else in the request: a failure without a response (a dropped
    /// connection, a timeout) still has the ids it was sent with. Names match in any case, whatever the dictionaries' comparer.
    /// </summary>
    private string? Header(string name) => FirstValue(ResponseHeaders, name) ?? FirstValue(RequestHeaders, name);

    private static string? FirstValue(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name)
    {
        if (!headers.TryGetValue(name, out var values))
        {
            values = headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return values?.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
    }
}
