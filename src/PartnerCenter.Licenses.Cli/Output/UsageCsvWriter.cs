using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// RFC 4180 CSV: a header row of the API's wire names, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break (quotes doubled), numbers and dates in the invariant culture; an absent value is an empty field. One line
/// is written per item as it arrives.
/// </summary>
internal sealed class UsageCsvWriter : IUsageWriter
{
    private const string LineEnd = "\r\n";

    private static readonly string[] Header =
    [
        "customerId", "customerName", "productName", "workloadCode", "workloadName", "serviceCode", "serviceName", "channel",
        "licensesActive", "licensesQualified", "usagePercent", "processedDateTime",
    ];

    public async Task WriteAsync(IAsyncEnumerable<CustomerLicensesUsageInsights> items, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);

        // Nothing is printed until the first page has arrived, so a failed call prints no half result.
        var more = await enumerator.MoveNextAsync().ConfigureAwait(false);
        await output.WriteAsync(string.Join(',', Header) + LineEnd).ConfigureAwait(false);
        var line = new StringBuilder();
        for (; more; more = await enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            var item = enumerator.Current;
            line.Clear();
            Field(line, item.CustomerId);
            Field(line, item.CustomerName);
            Field(line, item.ProductName);
            Field(line, item.WorkloadCode);
            Field(line, item.WorkloadName);
            Field(line, item.ServiceCode);
            Field(line, item.ServiceName);
            Field(line, item.Channel);
            Field(line, item.LicensesActive?.ToString(CultureInfo.InvariantCulture));
            Field(line, item.LicensesQualified?.ToString(CultureInfo.InvariantCulture));
            Field(line, item.UsagePercent?.ToString("R", CultureInfo.InvariantCulture));
            Field(line, item.ProcessedDateTime?.ToString(UsageFormats.DateTime, CultureInfo.InvariantCulture));
            line.Length--; // the comma after the last field
            line.Append(LineEnd);
            await output.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Field(StringBuilder line, string? value)
    {
        if (value is not null)
        {
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(value);
            }
        }

        line.Append(',');
    }
}
