using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary><c>--all</c>: every page of the usage, against the fake Partner Center serving three pages (WireMock on 127.0.0.1).</summary>
public sealed class AllPagesTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    private static string Page(params string[] products)
        => "{\"totalCount\":" + products.Length + ",\"items\":["
           + string.Join(",", products.Select(product => $$"""{"customerName":"Contoso","productName":"{{product}}","workloadName":"Exchange","serviceName":"o365","channel":"reseller","licensesActive":1,"licensesQualified":4,"usagePercent":25.0}"""))
           + "]}";

    private string[] ServeThreePages() => _fake.RespondWithPages(OperationId, Page("A", "B"), Page("C"), Page("D", "E")).ToArray();

    private string BaseUrl => _fake.BaseAddress.ToString();

    [Fact]
    public async Task Csv_lists_the_items_of_every_page_in_order()
    {
        var tokens = ServeThreePages();

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "--all", "-o", "csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.StdoutLines.Skip(1).Select(line => line.Split(',')[2]).ShouldBe(new[] { "A", "B", "C", "D", "E" });
        _fake.Requests.Select(request => (request.Headers.TryGetValue(FakePartnerCenter.ContinuationTokenHeader, out var token) ? token : null)).ShouldBe(new[] { null, tokens[0], tokens[1] });
    }

    [Fact]
    public async Task Without_all_only_the_first_page_is_printed()
    {
        ServeThreePages();

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "-o", "csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StdoutLines.Skip(1).Select(line => line.Split(',')[2]).ShouldBe(new[] { "A", "B" });
        _fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_table_and_its_totals_cover_every_page()
    {
        ServeThreePages();

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "--all"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        var rows = TableText.Rows(run.Stdout);
        rows.Where(row => row.Length == 8 && row[3] == "reseller").Select(row => row[0]).ShouldBe(new[] { "A", "B", "C", "D", "E" });
        rows.ShouldContain(row => row.SequenceEqual(new[] { "All products", "5", "5", "20", "25.0" }));
        run.StdoutLines.Last().ShouldBe("Total count: 5");
    }

    [Fact]
    public async Task Json_counts_every_item()
    {
        ServeThreePages();

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "--all", "-o", "json"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("totalCount").GetInt32().ShouldBe(5);
        json.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("productName").GetString()).ShouldBe(new[] { "A", "B", "C", "D", "E" });
    }

    [Fact]
    public async Task A_failing_later_page_is_one_error_line_and_leaves_no_output_file()
    {
        ServeThreePages();
        _fake.Server.Given(Request.Create().UsingGet().WithParam("seekOperation", "Next").WithHeader(FakePartnerCenter.ContinuationTokenHeader, "fake-continuation-page-3"))
            .AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json").WithBody("""{"code":500000,"description":"An internal error occurred."}"""));
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"all-pages-{Guid.NewGuid():N}.csv");

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "--all", "-o", "csv", "--output-file", file));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith("error: Partner Center at");
        run.Stderr.ShouldContain("500");
        System.IO.File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task A_page_that_does_not_answer_ends_at_the_timeout()
    {
        ServeThreePages();
        _fake.Server.Given(Request.Create().UsingGet().WithParam("seekOperation", "Next"))
            .AtPriority(0)
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(10)).WithBody("{}"));

        var run = await CliRun.RunAsync(UsageArgs.Against(BaseUrl, "--all", "-o", "csv", "--timeout", "1"));

        run.ExitCode.ShouldBe(ExitCodes.Network);
        run.StderrLines.ShouldBe([$"error: Partner Center at {BaseUrl} did not finish answering within 1 s (--timeout); the call was abandoned."]);
    }

    [Theory]
    [InlineData(true, false, "csv", true)]
    [InlineData(true, true, "table", true)]
    [InlineData(true, true, "csv", false)]
    [InlineData(false, false, "csv", false)]
    public async Task Progress_is_drawn_on_stderr_only_for_a_terminal(bool stderrIsTerminal, bool stdoutIsTerminal, string format, bool drawn)
    {
        ServeThreePages();

        var run = await CliRun.RunAsTerminalAsync(stderrIsTerminal, stdoutIsTerminal, UsageArgs.Against(BaseUrl, "--all", "-o", format));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.Contains("Reading licenses usage", StringComparison.Ordinal).ShouldBe(drawn, run.Stderr);
        run.Stdout.ShouldNotContain("Reading licenses usage");
    }
}
