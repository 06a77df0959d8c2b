using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>The three output formats and the output file, against the fake Partner Center.</summary>
public sealed class OutputTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";

    /// <summary>Names a spreadsheet must get back intact: commas, quotes, non-ASCII letters, a line break and terminal escapes.</summary>
    private const string AwkwardBody = """
        {"totalCount": 3, "items": [
          {"customerName": "Müller & Söhne, GmbH", "productName": "Contoso \"Premium\", Plan 2", "workloadName": "東京 Exchange",
           "licensesActive": 3, "licensesQualified": 4, "usagePercent": 75.0, "processedDateTime": "2024-05-01T10:30:00+02:00", "channel": "reseller"},
          {"customerName": "Müller & Söhne, GmbH", "productName": "Contoso \"Premium\", Plan 2", "workloadName": "Line\nBreak",
           "licensesActive": 1, "licensesQualified": 4, "usagePercent": 25.0},
          {"customerName": "Müller & Söhne, GmbH", "productName": "\u001b[31mRED\u001b[0m\u0007 \u001b]0;pwned\u0007Suite\u009b2J",
           "workloadName": "Teams", "licensesActive": 2, "licensesQualified": 2, "usagePercent": 100.0}
        ]}
        """;

    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Offline_is_the_default_and_says_so_on_stderr()
    {
        var run = await CliRun.RunAsync(UsageArgs.Offline());

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(["No --base-url given: offline, printing the OpenAPI document's example usage (nothing is sent over the network)."]);
        TableText.Rows(run.Stdout).Count(row => row.Contains("reseller")).ShouldBe(5);
    }

    [Fact]
    public async Task The_table_shows_every_row_then_totals_per_product_and_a_grand_total()
    {
        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain($"Licenses usage of DT DEMO CSP CUSTOMER 005 ({CliRun.CustomerId})");
        var rows = TableText.Rows(run.Stdout);
        rows.ShouldBe(
        [
            ["Product", "Workload", "Service", "Channel", "Active", "Qualified", "Usage %", "Processed"],
            ["OFFICE 365 BUSINESS ESSENTIALS", "Exchange", "o365", "reseller", "0", "1", "0.0", "2017-03-09"],
            ["OFFICE 365 BUSINESS ESSENTIALS", "SharePoint", "o365", "reseller", "0", "1", "0.0", "2017-03-09"],
            ["OFFICE 365 BUSINESS ESSENTIALS", "Skype For Business", "o365", "reseller", "0", "1", "0.0", "2017-03-09"],
            ["EXCHANGE ONLINE (PLAN 1)", "Exchange", "o365", "reseller", "0", "5", "0.0", "2017-03-09"],
            ["EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "Exchange", "o365", "reseller", "0", "2", "0.0", "2017-03-09"],
            ["Product", "Workloads", "Active", "Qualified", "Usage %"],
            ["OFFICE 365 BUSINESS ESSENTIALS", "3", "0", "3", "0.0"],
            ["EXCHANGE ONLINE (PLAN 1)", "1", "0", "5", "0.0"],
            ["EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "1", "0", "2", "0.0"],
            ["All products", "5", "0", "10", "0.0"],
        ]);
        run.Stdout.ShouldContain("Totals per product");
        run.StdoutLines.Last().ShouldBe("Total count: 5");
    }

    [Fact]
    public async Task A_response_lacking_what_the_spec_requires_still_prints_with_one_warning_per_property()
    {
        // No totalCount (required): the items still print, and stderr says what was read as its default.
        _fake.RespondWith(OperationId, 200, """{"items": [{"productName": "Contoso Plan", "workloadName": "Teams", "licensesActive": 1, "licensesQualified": 2}]}""");

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var warning = run.StderrLines.ShouldHaveSingleItem();
        warning.ShouldStartWith("warning: ");
        warning.ShouldContain("'totalCount' of CustomerLicensesUsageInsightsCollection");
        TableText.Rows(run.Stdout).ShouldContain(row => row.Contains("Contoso Plan"));
    }

    [Fact]
    public async Task Totals_add_active_and_qualified_per_product_and_compute_usage_from_them()
    {
        _fake.RespondWith(OperationId, 200, AwkwardBody);

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var rows = TableText.Rows(run.Stdout);
        rows.ShouldContain(row => row.SequenceEqual(new[] { "Contoso \"Premium\", Plan 2", "2", "4", "8", "50.0" }));
        rows.ShouldContain(row => row.SequenceEqual(new[] { "RED Suite", "1", "2", "2", "100.0" }));
        rows.ShouldContain(row => row.SequenceEqual(new[] { "All products", "3", "6", "10", "60.0" }));
    }

    [Fact]
    public async Task Json_is_the_items_in_the_apis_wire_names_with_their_count()
    {
        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "--output", "json"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("totalCount").GetInt32().ShouldBe(5);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(item => item.GetProperty("productName").GetString()).ShouldBe(
        [
            "OFFICE 365 BUSINESS ESSENTIALS",
            "OFFICE 365 BUSINESS ESSENTIALS",
            "OFFICE 365 BUSINESS ESSENTIALS",
            "EXCHANGE ONLINE (PLAN 1)",
            "EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE",
        ]);
        items.Select(item => item.GetProperty("licensesQualified").GetInt64()).ShouldBe([1, 1, 1, 5, 2]);
        items[0].GetProperty("processedDateTime").GetString().ShouldBe("2017-03-09T00:00:00Z");
    }

    [Fact]
    public async Task Csv_has_a_header_row_quotes_commas_and_quotes_and_keeps_non_ascii_names()
    {
        _fake.RespondWith(OperationId, 200, AwkwardBody);

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldBe(
            "customerId,customerName,productName,workloadCode,workloadName,serviceCode,serviceName,channel,licensesActive,licensesQualified,usagePercent,processedDateTime\r\n"
            + ",\"Müller & Söhne, GmbH\",\"Contoso \"\"Premium\"\", Plan 2\",,東京 Exchange,,,reseller,3,4,75,2024-05-01T10:30:00+02:00\r\n"
            + ",\"Müller & Söhne, GmbH\",\"Contoso \"\"Premium\"\", Plan 2\",,Line Break,,,,1,4,25,\r\n"
            + ",\"Müller & Söhne, GmbH\",RED Suite,,Teams,,,,2,2,100,\r\n");
    }

    [Fact]
    public async Task Terminal_escapes_and_control_characters_from_the_server_are_stripped_in_every_format()
    {
        _fake.RespondWith(OperationId, 200, AwkwardBody);

        foreach (var format in new[] { "table", "json", "csv" })
        {
            var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", format));

            run.ExitCode.ShouldBe(0, run.Stderr);
            run.Stdout.ShouldContain("RED Suite", customMessage: format);
            run.Stdout.ShouldNotContain("pwned", customMessage: format);
            run.Stdout.Where(character => char.IsControl(character) && character is not '\r' and not '\n').ShouldBeEmpty(format);
            run.Stdout.ShouldNotContain("\\u001b", Case.Insensitive, format);
            run.Stdout.ShouldNotContain("\\u0007", Case.Insensitive, format);
        }
    }

    [Fact]
    public async Task The_output_file_gets_the_result_and_stdout_stays_empty()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pc-licenses-{Guid.NewGuid():N}.csv");
        try
        {
            var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "csv", "--output-file", path));

            run.ExitCode.ShouldBe(0, run.Stderr);
            run.Stdout.ShouldBeEmpty();
            var lines = await File.ReadAllLinesAsync(path);
            lines.Length.ShouldBe(6);
            lines[1].ShouldStartWith(",DT DEMO CSP CUSTOMER 005,OFFICE 365 BUSINESS ESSENTIALS,");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_failed_call_leaves_an_existing_output_file_as_it_was_and_no_temporary_file()
    {
        var folder = Directory.CreateTempSubdirectory("pc-licenses-").FullName;
        var path = Path.Combine(folder, "usage.csv");
        await File.WriteAllTextAsync(path, "yesterday's report");
        _fake.RespondWithExample(OperationId, 404);
        try
        {
            var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "csv", "--output-file", path));

            run.ExitCode.ShouldBe(ExitCodes.ApiError);
            (await File.ReadAllTextAsync(path)).ShouldBe("yesterday's report");
            Directory.GetFiles(folder).ShouldBe([path]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_output_file_in_a_folder_that_does_not_exist_is_invalid_input_and_calls_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-folder-{Guid.NewGuid():N}", "usage.csv");

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "--output-file", path));

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.StderrLines.ShouldBe([$"error: cannot write --output-file {path}: the folder {Path.GetDirectoryName(path)} does not exist."]);
        _fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failed_call_prints_nothing_on_stdout_in_any_format()
    {
        _fake.RespondWithExample(OperationId, 404);

        foreach (var format in new[] { "table", "json", "csv" })
        {
            var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", format));

            run.ExitCode.ShouldBe(ExitCodes.ApiError, format);
            run.Stdout.ShouldBeEmpty(format);
        }
    }
}
