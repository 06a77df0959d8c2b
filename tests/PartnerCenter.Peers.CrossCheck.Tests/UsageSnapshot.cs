using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PartnerCenter.Peers.Baselines;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;
using OurModels = PartnerCenter.Licenses.Models;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>One usage item, every field, whichever client read it. The time keeps its offset (round-trip format).</summary>
public sealed record UsageRow(
    string? CustomerName, string? CustomerId, string? ProductName, string? WorkloadCode, string? WorkloadName,
    long? LicensesActive, long? LicensesQualified, double? UsagePercent, string? ProcessedDateTime,
    string? ServiceName, string? ServiceCode, string? Channel, string? Etag, string? ObjectType);

/// <summary>A link, its headers as "key=value" in order.</summary>
public sealed record LinkRow(string? Uri, string? Method, string? Headers);

/// <summary>A whole licenses-usage response as plain values, so the clients' models compare field by field.</summary>
public sealed record UsageSnapshot(int? TotalCount, IReadOnlyList<UsageRow>? Items, LinkRow? Self, LinkRow? Next, LinkRow? Previous, string? ObjectType, string? Etag)
{
    public static UsageSnapshot Of(UsageResponse response) => new(
        response.TotalCount,
        response.Items.Select(Row).ToList(),
        Link(response.Links?.Self), Link(response.Links?.Next), Link(response.Links?.Previous),
        response.Attributes?.ObjectType, response.Attributes?.Etag);

    public static UsageSnapshot Of(OurModels.CustomerLicensesUsageInsightsCollection response) => new(
        response.TotalCount,
        response.Items.Select(item => new UsageRow(
            item.CustomerName, item.CustomerId, item.ProductName, item.WorkloadCode, item.WorkloadName,
            item.LicensesActive, item.LicensesQualified, item.UsagePercent, Time(item.ProcessedDateTime),
            item.ServiceName, item.ServiceCode, item.Channel, item.Attributes?.Etag, item.Attributes?.ObjectType)).ToList(),
        Link(response.Links?.Self), Link(response.Links?.Next), Link(response.Links?.Previous),
        response.Attributes?.ObjectType, response.Attributes?.Etag);

    public static UsageSnapshot Of(NSwagModels.CustomerLicensesUsageInsightsCollection response) => new(
        response.TotalCount,
        response.Items?.Select(item => new UsageRow(
            item.CustomerName, item.CustomerId, item.ProductName, item.WorkloadCode, item.WorkloadName,
            item.LicensesActive, item.LicensesQualified, item.UsagePercent, Time(item.ProcessedDateTime),
            item.ServiceName, item.ServiceCode, item.Channel, item.Attributes?.Etag, item.Attributes?.ObjectType)).ToList(),
        Link(response.Links?.Self), Link(response.Links?.Next), Link(response.Links?.Previous),
        response.Attributes?.ObjectType, response.Attributes?.Etag);

    public static UsageSnapshot Of(KiotaModels.CustomerLicensesUsageInsightsCollection response) => new(
        response.TotalCount,
        response.Items?.Select(item => new UsageRow(
            item.CustomerName, item.CustomerId, item.ProductName, item.WorkloadCode, item.WorkloadName,
            item.LicensesActive, item.LicensesQualified, item.UsagePercent, Time(item.ProcessedDateTime),
            item.ServiceName, item.ServiceCode, item.Channel, item.Attributes?.Etag, item.Attributes?.ObjectType)).ToList(),
        Link(response.Links?.Self), Link(response.Links?.Next), Link(response.Links?.Previous),
        response.Attributes?.ObjectType, response.Attributes?.Etag);

    /// <summary>Asserts that every field of <paramref name="actual"/> equals the expected one, naming the first that differs.</summary>
    public void ShouldEqual(UsageSnapshot actual, string client)
    {
        actual.TotalCount.ShouldBe(TotalCount, $"{client}: totalCount");
        (actual.Self, actual.Next, actual.Previous).ShouldBe((Self, Next, Previous), $"{client}: links");
        (actual.ObjectType, actual.Etag).ShouldBe((ObjectType, Etag), $"{client}: attributes");
        actual.Items.ShouldNotBeNull($"{client}: items");
        actual.Items.Count.ShouldBe(Items!.Count, $"{client}: item count");
        for (var index = 0; index < Items.Count; index++)
        {
            actual.Items[index].ShouldBe(Items[index], $"{client}: item {index}");
        }
    }

    public static UsageRow Row(UsageItem item) => new(
        item.CustomerName, item.CustomerId, item.ProductName, item.WorkloadCode, item.WorkloadName,
        item.LicensesActive, item.LicensesQualified, item.UsagePercent, Time(item.ProcessedDateTime),
        item.ServiceName, item.ServiceCode, item.Channel, item.Attributes?.Etag, item.Attributes?.ObjectType);

    private static string? Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

    private static LinkRow? Link(UsageLink? link)
        => link is null ? null : new LinkRow(link.Uri, link.Method, link.Headers is null ? null : string.Join(";", link.Headers.Select(h => $"{h.Key}={h.Value}")));

    private static LinkRow? Link(OurModels.Link? link)
        => link is null ? null : new LinkRow(link.Uri?.OriginalString, link.Method, link.Headers is null ? null : string.Join(";", link.Headers.Select(h => $"{h.Key}={h.Value}")));

    private static LinkRow? Link(NSwagModels.Link? link)
        => link is null ? null : new LinkRow(link.Uri, link.Method, link.Headers is null ? null : string.Join(";", link.Headers.Select(h => $"{h.Key}={h.Value}")));

    private static LinkRow? Link(KiotaModels.Link? link)
        => link is null ? null : new LinkRow(link.Uri, link.Method, link.Headers is null ? null : string.Join(";", link.Headers.Select(h => $"{h.Key}={h.Value}")));
}
