using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PartnerCenter.Licenses.Models;
using Spectre.Console;

namespace PartnerCenter.Licenses.Cli;

/// <summary>Prints the usage collection as a table for people, followed by the total count.</summary>
internal static class UsageTable
{
    private const string Missing = "-";

    /// <summary>Wide enough that no row wraps when the output is not a terminal (a file, a pipe, a test).</summary>
    private const int UnboundedWidth = 1000;

    public static void Write(CustomerLicensesUsageInsightsCollection usage, Guid customerId, TextWriter stdout)
    {
        var console = CreateConsole(stdout);
        var customerNames = usage.Items.Select(item => item.CustomerName).Where(name => !string.IsNullOrWhiteSpace(name)).Distinct().ToList();
        var customer = customerNames.Count == 1 ? $"{customerNames[0]} ({customerId})" : customerId.ToString();

        var table = new Table()
            .Title(new TableTitle(Markup.Escape($"Licenses usage of {customer}")))
            .AddColumn("Product")
            .AddColumn("Workload")
            .AddColumn("Service")
            .AddColumn("Channel")
            .AddColumn(new TableColumn("Active").RightAligned())
            .AddColumn(new TableColumn("Qualified").RightAligned())
            .AddColumn(new TableColumn("Usage %").RightAligned())
            .AddColumn("Processed");

        foreach (var item in usage.Items)
        {
            table.AddRow(
                Cell(item.ProductName),
                Cell(item.WorkloadName),
                Cell(item.ServiceName),
                Cell(item.Channel),
                Cell(item.LicensesActive?.ToString(CultureInfo.InvariantCulture)),
                Cell(item.LicensesQualified?.ToString(CultureInfo.InvariantCulture)),
                Cell(item.UsagePercent?.ToString("0.0", CultureInfo.InvariantCulture)),
                Cell(item.ProcessedDateTime?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Total count: {usage.TotalCount}"));
    }

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
