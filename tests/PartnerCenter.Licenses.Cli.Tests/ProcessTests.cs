using System;
using System.Linq;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>
/// The tool as a process (the JIT build and the native AOT binary) against the fake Partner Center: what a person or a
/// script sees on stdout and stderr, and the exit code.
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task Help_lists_the_commands_and_the_exit_codes(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);

        var run = await ToolProcess.RunAsync(kind, "--help");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("usage  Prints a customer's license usage per product and workload.");
        run.StdoutLines.ShouldContain("Exit codes:");
        run.StdoutLines.ShouldContain("  5    network: not reachable, connection broken, or no complete answer within --timeout");
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task Offline_usage_prints_the_examples_table_and_says_it_is_offline(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);

        var run = await ToolProcess.RunAsync(kind, UsageArgs.Offline());

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldBe(["No --base-url given: offline, printing the OpenAPI document's example usage (nothing is sent over the network)."]);
        TableText.Rows(run.Stdout).ShouldContain(row => row.SequenceEqual(new[] { "All products", "5", "0", "10", "0.0" }));
        run.StdoutLines.Last().ShouldBe("Total count: 5");
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task Csv_against_the_fake_keeps_quoted_commas_and_non_ascii_names(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);
        _fake.RespondWith(OperationId, 200, """{"totalCount": 1, "items": [{"customerName": "Société Générale, Zürich", "productName": "東京 \"Plan\"", "licensesActive": 1, "licensesQualified": 2}]}""");

        var run = await ToolProcess.RunAsync(kind, UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldBe(
            "customerId,customerName,productName,workloadCode,workloadName,serviceCode,serviceName,channel,licensesActive,licensesQualified,usagePercent,processedDateTime\r\n"
            + ",\"Société Générale, Zürich\",\"東京 \"\"Plan\"\"\",,,,,,1,2,,\r\n");
        _fake.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe($"Bearer {UsageArgs.Token}");
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task A_missing_customer_is_one_line_and_exit_code_4(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);
        _fake.RespondWithExample(OperationId, 404);

        var run = await ToolProcess.RunAsync(kind, UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "json"));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain($"answered 404 for customer {CliRun.CustomerId}: error 600002, Customer not found. (request id {_fake.Requests.Single().Headers["MS-RequestId"]}");
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task A_rejected_token_is_exit_code_3_and_the_token_is_never_printed(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);
        _fake.RespondWith(OperationId, 401, $$"""{"code":900901,"description":"\u001b[31mToken {{UsageArgs.Token}} expired","data":[],"source":"PartnerCenterApi"}""");

        var run = await ToolProcess.RunAsync(kind, UsageArgs.Against(_fake.BaseAddress.ToString(), "--verbose"));

        run.ExitCode.ShouldBe(ExitCodes.Auth);
        run.AllOutput.ShouldNotContain(UsageArgs.Token);
        run.AllOutput.ShouldNotContain("\u001b");
        run.StderrLines.Single(line => line.StartsWith("error: ", StringComparison.Ordinal)).ShouldContain("error 900901, Token *** expired");
        run.Stderr.ShouldNotContain("   at ");
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task A_stalled_body_ends_at_the_timeout_with_exit_code_5(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);
        using var server = new StallingServer();

        var run = await ToolProcess.RunAsync(kind, UsageArgs.Against(server.BaseUrl, "--timeout", "1"));

        run.ExitCode.ShouldBe(ExitCodes.Network, run.Stderr);
        run.StderrLines.ShouldBe([$"error: Partner Center at {server.BaseUrl} did not finish answering within 1 s (--timeout); the call was abandoned."]);
    }

    [SkippableTheory]
    [InlineData(ToolProcess.Jit)]
    [InlineData(ToolProcess.Aot)]
    public async Task A_bad_customer_id_is_exit_code_2(string kind)
    {
        ToolProcess.SkipUnlessAvailable(kind);

        var run = await ToolProcess.RunAsync(kind, "usage", "--customer", "12345");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.StderrLines.ShouldBe(["error: '12345' is not a customer id: --customer takes a GUID, such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04."]);
    }
}
