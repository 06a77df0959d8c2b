using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PartnerCenter.Licenses.Http;
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
    public string? RequestId => ServiceHeaders.Find(ResponseHeaders, RequestHeaders, ServiceHeaders.RequestId);

    /// <summary>The <c>MS-CorrelationId</c> of the failed request, as echoed by the service, or as sent (also when no response came).</summary>
    public string? CorrelationId => ServiceHeaders.Find(ResponseHeaders, RequestHeaders, ServiceHeaders.CorrelationId);

    /// <summary>The <c>MS-CV</c> correlation vector of the failed request, as the service answered it or as sent, if any.</summary>
    public string? CorrelationVector => ServiceHeaders.Find(ResponseHeaders, RequestHeaders, ServiceHeaders.CorrelationVector);

    /// <summary>The <c>MS-ServerId</c> of the server that answered, if it said.</summary>
    public string? ServerId => ServiceHeaders.First(ResponseHeaders, ServiceHeaders.ServerId);

    /// <summary>How long the service asked to wait before retrying (the <c>Retry-After</c> header of a 429 or 5xx), if it said.</summary>
    public TimeSpan? RetryAfter
    {
        get
        {
            var value = ServiceHeaders.First(ResponseHeaders, "Retry-After");
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
}
