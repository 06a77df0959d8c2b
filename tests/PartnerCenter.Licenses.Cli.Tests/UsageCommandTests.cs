using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

public sealed class UsageCommandTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private static readonly string UsagePath = $"/v1/customers/{CliRun.CustomerId}/analytics/licenses/usage";

    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Fact]
    public async Task Without_a_base_url_it_prints_the_stubs_example_usage_as_a_table()
    {
        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId);

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StderrLines.ShouldHaveSingleItem().ShouldMatch(@"^No --base-url given: using an offline Partner Center stub at http://127\.0\.0\.1:\d+/v1/ that serves the OpenAPI examples\.$");

        var lines = run.Stdout.Split(Environment.NewLine);
        var header = lines.Single(line => line.Contains("Product", StringComparison.Ordinal));
        Cells(header).ShouldBe(new[] { "Product", "Workload", "Service", "Channel", "Active", "Qualified", "Usage %", "Processed" });

        var rows = lines.Where(line => line.Contains("reseller", StringComparison.Ordinal)).Select(Cells).ToList();
        rows.ShouldBe(new[]
        {
            new[] { "OFFICE 365 BUSINESS ESSENTIALS", "Exchange", "o365", "reseller", "0", "1", "0.0", "2017-03-09" },
            new[] { "OFFICE 365 BUSINESS ESSENTIALS", "SharePoint", "o365", "reseller", "0", "1", "0.0", "2017-03-09" },
            new[] { "OFFICE 365 BUSINESS ESSENTIALS", "Skype For Business", "o365", "reseller", "0", "1", "0.0", "2017-03-09" },
            new[] { "EXCHANGE ONLINE (PLAN 1)", "Exchange", "o365", "reseller", "0", "5", "0.0", "2017-03-09" },
            new[] { "EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "Exchange", "o365", "reseller", "0", "2", "0.0", "2017-03-09" },
        });
        run.Stdout.ShouldContain("DT DEMO CSP CUSTOMER 005");
        lines.ShouldContain("Total count: 5");
    }

    [Fact]
    public async Task With_a_base_url_and_token_it_calls_that_server_with_the_bearer_token_and_locale()
    {
        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--token", "abc", "--locale", "de-DE");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.Stdout.ShouldContain("Total count: 5");
        var request = _fake.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("GET");
        request.Path.ShouldBe(UsagePath);
        request.Headers["Authorization"].ShouldBe("Bearer abc");
        request.Headers["X-Locale"].ShouldBe("de-DE");
        request.Headers["MS-PartnerCenter-Client"].ShouldBe("PartnerCenter.Licenses.Cli");
        Guid.TryParse(request.Headers["MS-RequestId"], out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_token_can_come_from_the_environment()
    {
        var environment = new Dictionary<string, string> { [CliApp.TokenEnvironmentVariable] = "from-env" };

        var run = await CliRun.RunAsync(environment, CancellationToken.None, "usage", "--customer", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString());

        run.ExitCode.ShouldBe(0, run.Stderr);
        _fake.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe("Bearer from-env");
    }

    [Fact]
    public async Task Json_output_is_the_collection_in_the_apis_shape()
    {
        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--token", "abc", "--output", "json");

        run.ExitCode.ShouldBe(0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("totalCount").GetInt32().ShouldBe(5);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        items.Select(item => item.GetProperty("productName").GetString()).ShouldBe(new[]
        {
            "OFFICE 365 BUSINESS ESSENTIALS",
            "OFFICE 365 BUSINESS ESSENTIALS",
            "OFFICE 365 BUSINESS ESSENTIALS",
            "EXCHANGE ONLINE (PLAN 1)",
            "EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE",
        });
        items.Select(item => item.GetProperty("licensesQualified").GetInt64()).ShouldBe(new long[] { 1, 1, 1, 5, 2 });
        items[0].GetProperty("processedDateTime").GetString().ShouldBe("2017-03-09T00:00:00+00:00");
    }

    [Fact]
    public async Task A_customer_id_that_is_not_a_guid_is_a_usage_error_naming_the_value()
    {
        var run = await CliRun.RunAsync("usage", "--customer", "not-a-guid", "--base-url", _fake.BaseAddress.ToString(), "--token", "abc");

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldHaveSingleItem().ShouldBe("error: 'not-a-guid' is not a customer id: --customer takes a GUID, such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.");
        _fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_the_url_without_a_stack_trace()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = $"http://127.0.0.1:{port}/v1/";

        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId, "--base-url", url, "--token", "abc");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith($"error: could not reach Partner Center at {url}: ");
        line.ShouldContain($"127.0.0.1:{port}");
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_error_response_shows_status_partner_center_error_and_request_id()
    {
        _fake.RespondWithExample(OperationId, 404);

        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString(), "--token", "abc");

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain(" 404 ");
        line.ShouldContain("600002");
        line.ShouldContain("Customer not found.");
        line.ShouldContain(_fake.Requests.ShouldHaveSingleItem().Headers["MS-RequestId"]);
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_base_url_without_a_token_is_a_usage_error_and_calls_nothing()
    {
        var run = await CliRun.RunAsync("usage", "--customer", CliRun.CustomerId, "--base-url", _fake.BaseAddress.ToString());

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain("--token");
        line.ShouldContain(CliApp.TokenEnvironmentVariable);
        _fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancelling_a_call_to_a_server_that_never_answers_exits_cleanly()
    {
        // Accepts connections and never answers, so only the cancellation can end the call.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/v1/";
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

            var started = DateTime.UtcNow;
            var run = await CliRun.RunAsync(new Dictionary<string, string>(), cancellation.Token, "usage", "--customer", CliRun.CustomerId, "--base-url", url, "--token", "abc");

            run.ExitCode.ShouldBe(130);
            run.StderrLines.ShouldBe(new[] { "Cancelled." });
            (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>The cells of a table row: the text between the box-drawing separators, trimmed.</summary>
    private static string[] Cells(string row)
        => row.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(cell => cell.Trim()).Where(cell => cell.Length > 0).ToArray();
}
