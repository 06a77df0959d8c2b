using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// The headers Partner Center's support asks for (request and correlation ids, the correlation vector, the server id),
/// read the same way from a success and from a failure: the response's value first, else the request's (a failure without
/// a response still has the ids it was sent with).
/// </summary>
internal static class ServiceHeaders
{
    public const string RequestId = "MS-RequestId";
    public const string CorrelationId = "MS-CorrelationId";
    public const string CorrelationVector = "MS-CV";
    public const string ServerId = "MS-ServerId";

    /// <summary>The header's first non-empty value in <paramref name="response"/>, else in <paramref name="request"/>.</summary>
    public static string? Find(IReadOnlyDictionary<string, IReadOnlyList<string>> response, IReadOnlyDictionary<string, IReadOnlyList<string>> request, string name)
        => First(response, name) ?? First(request, name);

    /// <summary>The header's first non-empty value; names match in any case, whatever the dictionary's comparer.</summary>
    public static string? First(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string name)
    {
        if (!headers.TryGetValue(name, out var values))
        {
            values = headers.FirstOrDefault(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        }

        return values?.FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
    }
}
