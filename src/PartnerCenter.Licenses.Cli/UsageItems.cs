using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Cli.Printing;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// Where the usage items come from, as a stream the writers consume: the first page, or every page (<c>--all</c>, the
/// client's next-link walk, each item handed over as it is read, so memory stays small for any number of pages). The
/// tool's timeout bounds each call to Partner Center, and every text the server sent is cleaned before any writer sees it.
/// </summary>
internal static class UsageItems
{
    /// <summary>
    /// The items of the first page. What the response lacked that the spec requires (read as its default, so the rest
    /// still prints) goes to <paramref name="stderr"/> as one warning line each.
    /// </summary>
    public static async IAsyncEnumerable<CustomerLicensesUsageInsights> FirstPageAsync(
        IPartnerCenterClient client,
        Guid customerId,
        CallTimeout timeout,
        StderrLines stderr,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(timeout);
        ArgumentNullException.ThrowIfNull(stderr);
        PartnerCenterResponse<CustomerLicensesUsageInsightsCollection> response;
        using (var call = timeout.Start(cancellationToken))
        {
            response = await client.Customers.ById(customerId).Analytics.Licenses.Usage.GetWithResponseAsync(call.Token).ConfigureAwait(false);
        }

        foreach (var deviation in response.Deviations)
        {
            await stderr.WriteLineAsync("warning: " + deviation).ConfigureAwait(false);
        }

        foreach (var item in response.Value.Items)
        {
            yield return Clean(item);
        }
    }

    /// <summary>
    /// The items of every page, in order, as the client reads them. The timeout bounds each wait for the service (the
    /// next page's answer, the rest of a page that stalls): it runs while the tool waits for the next item and stops
    /// while a writer handles one. <paramref name="progress"/> hears the count of items read so far.
    /// </summary>
    public static async IAsyncEnumerable<CustomerLicensesUsageInsights> AllPagesAsync(
        IPartnerCenterClient client,
        Guid customerId,
        CallTimeout timeout,
        IProgress<long>? progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(timeout);
        using var wait = timeout.Start(cancellationToken);
        wait.CancelAfter(Timeout.InfiniteTimeSpan);
        var items = client.Customers.ById(customerId).Analytics.Licenses.Usage.GetAllAsync(wait.Token).GetAsyncEnumerator(wait.Token);
        await using (items.ConfigureAwait(false))
        {
            long count = 0;
            while (true)
            {
                wait.CancelAfter(timeout.Limit);
                var more = await items.MoveNextAsync().ConfigureAwait(false);
                wait.CancelAfter(Timeout.InfiniteTimeSpan);
                if (!more)
                {
                    break;
                }

                progress?.Report(++count);
                yield return Clean(items.Current);
            }
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
