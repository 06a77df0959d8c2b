using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using Shouldly;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>Every failure is one line on stderr (what failed, status, Partner Center error code, request id) and a documented exit code; never a stack trace, never the token.</summary>
public sealed class FailureTests : IDisposable
{
    private const string OperationId = "getCustomerLicensesUsage";
    private static readonly string UsagePath = $"/v1/customers/{CliRun.CustomerId}/analytics/licenses/usage";

    private readonly FakePartnerCenter _fake = FakePartnerCenter.Start();

    public void Dispose() => _fake.Dispose();

    [Theory]
    [InlineData(401, ExitCodes.Auth, "900901", "Authentication failed. The access token is expired or invalid.", "Sign in again (--auth)")]
    [InlineData(403, ExitCodes.Auth, "900411", "The partner is not authorized to access this customer.", "may not read this customer's analytics")]
    [InlineData(404, ExitCodes.ApiError, "600002", "Customer not found.", "")]
    [InlineData(400, ExitCodes.ApiError, "400008", "The customer id is not a valid GUID.", "")]
    public async Task An_error_answer_is_one_line_with_status_error_code_description_and_request_id(int status, int exitCode, string errorCode, string description, string hint)
    {
        _fake.RespondWithExample(OperationId, status);

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(exitCode);
        run.Stdout.ShouldBeEmpty();
        var requestId = _fake.Requests.ShouldHaveSingleItem().Headers["MS-RequestId"];
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith($"error: Partner Center at {_fake.BaseAddress} answered {status} for customer {CliRun.CustomerId}: error {errorCode}, {description} (request id {requestId}, correlation id ");
        line.ShouldContain(hint);
        run.AllOutput.ShouldNotContain(UsageArgs.Token);
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_500_is_retried_once_then_reported_as_an_api_error()
    {
        _fake.RespondWithExample(OperationId, 500);

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        _fake.Requests.Count.ShouldBe(2);
        run.StderrLines.ShouldHaveSingleItem().ShouldContain("answered 500 for customer " + CliRun.CustomerId + ": error 500000, An internal error occurred. Try again later.");
    }

    [Fact]
    public async Task A_429_with_retry_after_is_waited_out_and_the_second_answer_printed()
    {
        _fake.Server.Given(Request.Create().WithPath(UsagePath).UsingGet()).AtPriority(0).InScenario("throttle").WillSetStateTo("throttled")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1").WithBody("""{"statusCode":429,"message":"Rate limit is exceeded."}"""));

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "csv"));

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stderr.ShouldBeEmpty();
        run.StdoutLines.Length.ShouldBe(6);
        var requests = _fake.Requests;
        requests.Count.ShouldBe(2);
        requests[1].Headers["MS-RequestId"].ShouldBe(requests[0].Headers["MS-RequestId"]);
    }

    [Fact]
    public async Task A_429_that_stays_is_an_api_error_saying_how_long_to_wait()
    {
        _fake.RespondWith(OperationId, 429, """{"statusCode":429,"message":"Rate limit is exceeded."}""", new Dictionary<string, string> { ["Retry-After"] = "3600" });

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain("answered 429 for customer " + CliRun.CustomerId + ": Rate limit is exceeded.");
        line.ShouldEndWith("Partner Center asks to wait 3600 s before trying again.");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_api_error_naming_the_operation()
    {
        _fake.RespondWith(OperationId, 200, "{\"totalCount\": 5, \"items\": [ this is not json");

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-o", "json"));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith($"error: Partner Center at {_fake.BaseAddress} sent a response the tool cannot read: getCustomerLicensesUsage returned 200 but its body could not be read");
        line.ShouldContain($"MS-RequestId: {_fake.Requests.ShouldHaveSingleItem().Headers["MS-RequestId"]}");
    }

    [Fact]
    public async Task An_unreachable_server_is_a_network_error_naming_the_url()
    {
        var url = $"http://127.0.0.1:{FreePort()}/v1/";

        var run = await CliRun.RunAsync(UsageArgs.Against(url));

        run.ExitCode.ShouldBe(ExitCodes.Network);
        run.Stdout.ShouldBeEmpty();
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldStartWith($"error: could not reach Partner Center at {url}: ");
        run.Stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_ends_at_the_timeout_as_a_network_error()
    {
        using var server = new StallingServer();

        var run = await CliRun.RunAsync(UsageArgs.Against(server.BaseUrl, "--timeout", "1"));

        run.ExitCode.ShouldBe(ExitCodes.Network, run.Stderr);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldBe([$"error: Partner Center at {server.BaseUrl} did not finish answering within 1 s (--timeout); the call was abandoned."]);
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task A_connection_closed_mid_body_is_one_network_error_line()
    {
        using var server = new StallingServer(hangs: false);

        var run = await CliRun.RunAsync(UsageArgs.Against(server.BaseUrl));

        run.ExitCode.ShouldBe(ExitCodes.Network, run.Stderr);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith($"error: the connection to Partner Center at {server.BaseUrl} broke: ");
        server.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task A_server_that_echoes_the_token_does_not_get_it_printed_even_with_verbose()
    {
        _fake.RespondWith(OperationId, 401, $$"""{"code":900901,"description":"Token {{UsageArgs.Token}} is not valid","data":[],"source":"PartnerCenterApi"}""");

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "--verbose"));

        run.ExitCode.ShouldBe(ExitCodes.Auth);
        run.AllOutput.ShouldNotContain(UsageArgs.Token);
        run.Stderr.ShouldContain("Token *** is not valid");
        _fake.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe($"Bearer {UsageArgs.Token}");
    }

    [Fact]
    public async Task Escape_sequences_in_an_error_body_are_stripped_from_the_line()
    {
        _fake.RespondWith(OperationId, 404, """{"code":600002,"description":"\u001b]0;owned\u0007Customer\u001b[2J not\r\nfound\u009b31m","data":[],"source":"PartnerCenterApi"}""");

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString()));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldContain("error 600002, Customer not  found (request id");
        line.Where(char.IsControl).ShouldBeEmpty();
        line.ShouldNotContain("owned");
    }

    [Fact]
    public async Task Verbose_logs_each_attempt_without_the_token_and_the_causes_of_the_failure()
    {
        _fake.RespondWithExample(OperationId, 500);

        var run = await CliRun.RunAsync(UsageArgs.Against(_fake.BaseAddress.ToString(), "-v"));

        run.ExitCode.ShouldBe(ExitCodes.ApiError);
        var sent = run.StderrLines.Where(line => line.StartsWith("verbose: GET ", StringComparison.Ordinal)).ToList();
        sent.Count.ShouldBe(2);
        sent[0].ShouldBe($"verbose: GET {_fake.BaseAddress}customers/{CliRun.CustomerId}/analytics/licenses/usage (MS-RequestId {_fake.Requests[0].Headers["MS-RequestId"]})");
        run.StderrLines.Count(line => line.StartsWith("verbose: 500 ", StringComparison.Ordinal)).ShouldBe(2);
        run.StderrLines.ShouldContain(line => line.StartsWith("verbose: caused by PartnerCenter.Licenses.PartnerCenterException: ", StringComparison.Ordinal));
        run.StderrLines.Count(line => line.StartsWith("error: ", StringComparison.Ordinal)).ShouldBe(1);
        run.AllOutput.ShouldNotContain(UsageArgs.Token);
        run.Stderr.ShouldNotContain("   at ");
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

            var run = await CliRun.RunAsync(new Dictionary<string, string>(), null, cancellation.Token, UsageArgs.Against(url));

            run.ExitCode.ShouldBe(ExitCodes.Cancelled);
            run.StderrLines.ShouldBe(["Cancelled."]);
        }
        finally
        {
            listener.Stop();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
