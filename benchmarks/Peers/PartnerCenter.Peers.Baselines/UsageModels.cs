using System;
using System.Collections.Generic;

namespace PartnerCenter.Peers.Baselines;

// Plain classes for the licenses-usage response, shaped as the spec says (required: totalCount and items), as a
// developer writes them for System.Text.Json or Newtonsoft.Json. Settable lists, because both serializers fill them.
#pragma warning disable CA2227 // Collection properties are set by the serializers and the hand-written reader.
#pragma warning disable CA1056 // The spec's uri is a uri-reference: kept as the string it is on the wire.

/// <summary>The licenses-usage response.</summary>
public sealed class UsageResponse
{
    /// <summary>The number of items in the collection.</summary>
    public required int TotalCount { get; set; }

    /// <summary>The usage insights.</summary>
    public required List<UsageItem> Items { get; set; }

    /// <summary>Links to the current, next and previous pages.</summary>
    public UsageLinks? Links { get; set; }

    /// <summary>Metadata of the collection.</summary>
    public UsageAttributes? Attributes { get; set; }
}

/// <summary>One usage insight.</summary>
public sealed class UsageItem
{
    /// <summary>The code of the workload.</summary>
    public string? WorkloadCode { get; set; }

    /// <summary>The name of the workload.</summary>
    public string? WorkloadName { get; set; }

    /// <summary>The number of active licenses.</summary>
    public long? LicensesActive { get; set; }

    /// <summary>The number of qualified licenses.</summary>
    public long? LicensesQualified { get; set; }

    /// <summary>The percentage of qualified licenses that are active.</summary>
    public double? UsagePercent { get; set; }

    /// <summary>The id of the customer.</summary>
    public string? CustomerId { get; set; }

    /// <summary>The name of the customer.</summary>
    public string? CustomerName { get; set; }

    /// <summary>The name of the product.</summary>
    public string? ProductName { get; set; }

    /// <summary>The code of the service.</summary>
    public string? ServiceCode { get; set; }

    /// <summary>When the data was last processed.</summary>
    public DateTimeOffset? ProcessedDateTime { get; set; }

    /// <summary>The name of the service.</summary>
    public string? ServiceName { get; set; }

    /// <summary>The sales channel.</summary>
    public string? Channel { get; set; }

    /// <summary>Metadata of the item.</summary>
    public UsageAttributes? Attributes { get; set; }
}

/// <summary>Metadata Partner Center attaches to every resource.</summary>
public sealed class UsageAttributes
{
    /// <summary>The entity tag.</summary>
    public string? Etag { get; set; }

    /// <summary>The type of the resource.</summary>
    public string? ObjectType { get; set; }
}

/// <summary>Links to the current, next and previous pages.</summary>
public sealed class UsageLinks
{
    /// <summary>This page.</summary>
    public UsageLink? Self { get; set; }

    /// <summary>The next page.</summary>
    public UsageLink? Next { get; set; }

    /// <summary>The previous page.</summary>
    public UsageLink? Previous { get; set; }
}

/// <summary>A link and how to request it.</summary>
public sealed class UsageLink
{
    /// <summary>The address, absolute or relative to the service root.</summary>
    public string? Uri { get; set; }

    /// <summary>The HTTP method.</summary>
    public string? Method { get; set; }

    /// <summary>The headers to send with the request.</summary>
    public List<UsageLinkHeader>? Headers { get; set; }
}

/// <summary>A header to send when following a link.</summary>
public sealed class UsageLinkHeader
{
    /// <summary>The header name.</summary>
    public string? Key { get; set; }

    /// <summary>The header value.</summary>
    public string? Value { get; set; }
}
