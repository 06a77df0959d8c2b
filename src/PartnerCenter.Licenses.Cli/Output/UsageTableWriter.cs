using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using Spectre.Console;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// A table for people: one row per product and workload, then the totals per product with a grand total, then the
/// number of rows. A table needs every row to size its columns, so it is printed once the items have all arrived.
/// </summary>
internal sealed class UsageTableWriter(Guid customerId) : IUsageWriter
{
    private const string Missing = "-";

    /// <summary>Wide enough that no row wraps when the output is not a terminal (a file, a pipe, a test).</summary>
    private const int UnboundedWidth = 1000;

    public async Task WriteAsync(IAsyncEnumerable<CustomerLicensesUsageInsights> items, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        var rows = CreateTable();
        var totals = new UsageTotals();
        var customerNames = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.AddRow(
                Cell(item.ProductName),
                Cell(item.WorkloadName),
                Cell(item.ServiceName),
                Cell(item.Channel),
                Cell(item.LicensesActive?.ToString(CultureInfo.InvariantCulture)),
                Cell(item.LicensesQualified?.ToString(CultureInfo.InvariantCulture)),
                Cell(item.UsagePercent?.ToString(UsageFormats.Percent, CultureInfo.InvariantCulture)),
                Cell(item.ProcessedDateTime?.ToString(UsageFormats.Date, CultureInfo.InvariantCulture)));
            totals.Add(item);
            if (!string.IsNullOrWhiteSpace(item.CustomerName))
            {
                customerNames.Add(item.CustomerName);
            }
        }

        var customer = customerNames.Count == 1 ? $"{string.Join(string.Empty, customerNames)} ({customerId})" : customerId.ToString();
        rows.Title(new TableTitle(Markup.Escape($"Licenses usage of {customer}")));

        var console = CreateConsole(output);
        console.Write(rows);
        console.Write(CreateTotalsTable(totals));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total count: {totals.All.Rows}"));
    }

    private static Table CreateTable()
        => new Table()
            .AddColumn("Product")
            .AddColumn("Workload")
            .AddColumn("Service")
            .AddColumn("Channel")
            .AddColumn(new TableColumn("Active").RightAligned())
            .AddColumn(new TableColumn("Qualified").RightAligned())
            .AddColumn(new TableColumn("Usage %").RightAligned())
            .AddColumn("Processed");

    private static Table CreateTotalsTable(UsageTotals totals)
    {
        var all = totals.All;
        var table = new Table()
            .Title(new TableTitle("Totals per product"))
            .AddColumn(new TableColumn("Product").Footer(new Text(all.Name)))
            .AddColumn(new TableColumn("Workloads").RightAligned().Footer(new Text(Number(all.Rows))))
            .AddColumn(new TableColumn("Active").RightAligned().Footer(new Text(Number(all.Active))))
            .AddColumn(new TableColumn("Qualified").RightAligned().Footer(new Text(Number(all.Qualified))))
            .AddColumn(new TableColumn("Usage %").RightAligned().Footer(new Text(Percent(all.UsagePercent))))
            .ShowFooters();
        foreach (var product in totals.Products)
        {
            table.AddRow(Cell(product.Name), Cell(Number(product.Rows)), Cell(Number(product.Active)), Cell(Number(product.Qualified)), Cell(Percent(product.UsagePercent)));
        }

        return table;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double? value) => value?.ToString(UsageFormats.Percent, CultureInfo.InvariantCulture) ?? Missing;

    /// <summary>Plain text (never markup: product names may hold brackets), or a dash when the service left the value out.</summary>
    private static Text Cell(string? value) => new(string.IsNullOrWhiteSpace(value) ? Missing : value);

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        var output = new AnsiConsoleOutput(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = output,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!output.IsTerminal)
        {
            console.Profile.Width = UnboundedWidth;
        }

        return console;
    }
}
