using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Cli.Printing;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// Where the usage items come from, as a stream the writers consume. Today that is the first page; following the next
/// links (<c>--all</c>) is another source of the same shape. Each call to Partner Center, its body included, is bounded
/// by the tool's timeout, and every text the server sent is cleaned before any writer sees it.
/// </summary>
internal static class UsageItems
{
    /// <summary>The items of the first page.</summary>
    public static async IAsyncEnumerable<CustomerLicensesUsageInsights> FirstPageAsync(
        IPartnerCenterClient client,
        Guid customerId,
        CallTimeout timeout,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(timeout);
        CustomerLicensesUsageInsightsCollection page;
        using (var call = timeout.Start(cancellationToken))
        {
            page = await client.Customers.ById(customerId).Analytics.Licenses.Usage.GetAsync(call.Token).ConfigureAwait(false);
        }

        foreach (var item in page.Items)
        {
            yield return Clean(item);
        }
    }

    /// <summary>The item with control characters and escape sequences taken out of every text the server sent.</summary>
    public static CustomerLicensesUsageInsights Clean(CustomerLicensesUsageInsights item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item with
        {
            WorkloadCode = TerminalText.CleanOrNull(item.WorkloadCode),
            WorkloadName = TerminalText.CleanOrNull(item.WorkloadName),
            CustomerId = TerminalText.CleanOrNull(item.CustomerId),
            CustomerName = TerminalText.CleanOrNull(item.CustomerName),
            ProductName = TerminalText.CleanOrNull(item.ProductName),
            ServiceCode = TerminalText.CleanOrNull(item.ServiceCode),
            ServiceName = TerminalText.CleanOrNull(item.ServiceName),
            Channel = TerminalText.CleanOrNull(item.Channel),
            Attributes = item.Attributes is { } attributes
                ? attributes with { ObjectType = TerminalText.CleanOrNull(attributes.ObjectType), Etag = TerminalText.CleanOrNull(attributes.Etag) }
                : null,
        };
    }
}
