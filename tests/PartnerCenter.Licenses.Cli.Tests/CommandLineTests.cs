using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>Wrong command lines: one error line each, exit code 2, nothing sent anywhere.</summary>
public sealed class CommandLineTests
{
    private const string Customer = "--customer " + CliRun.CustomerId;

    [Theory]
    [InlineData("usage", "error: Option '--customer' is required.")]
    [InlineData("usage --customer not-a-guid", "error: 'not-a-guid' is not a customer id: --customer takes a GUID, such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04.")]
    [InlineData($"usage {Customer} --output xml", "error: 'xml' is not an output format: --output takes table, json or csv.")]
    [InlineData($"usage {Customer} --base-url ftp://example.com --token abc", "error: 'ftp://example.com' is not an http or https URL: --base-url takes an absolute URL, such as https://api.partnercenter.microsoft.com/v1/.")]
    [InlineData($"usage {Customer} --token abc", "error: --token is only used with --base-url; without --base-url the tool prints the offline examples and signs in nowhere.")]
    [InlineData($"usage {Customer} --auth device-code", "error: --auth is only used with --base-url; without --base-url the tool prints the offline examples and signs in nowhere.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/", "error: --base-url https://pc.example/v1/ needs a sign-in: pass --auth device-code|environment|azure-cli|managed-identity, or --token TOKEN, or set PARTNER_CENTER_TOKEN.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --auth browser", "error: 'browser' is not a sign-in: --auth takes device-code, environment, azure-cli, managed-identity.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --auth azure-cli --token abc", "error: give either --token or --auth, not both.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --auth environment --tenant contoso", "error: --auth environment reads the tenant and client id from AZURE_TENANT_ID and AZURE_CLIENT_ID; drop --tenant and --client-id.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --auth azure-cli --client-id abc", "error: --auth azure-cli signs in as the az login account; --client-id does not apply.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --auth managed-identity --tenant contoso", "error: --auth managed-identity uses the identity's own tenant; --tenant does not apply.")]
    [InlineData($"usage {Customer} --base-url https://pc.example/v1/ --token abc --tenant contoso", "error: --tenant is only used with --auth.")]
    [InlineData($"usage {Customer} --timeout 0", "error: '0' is not a timeout: --timeout takes seconds from 0.1 to 3600, such as 30 or 2.5.")]
    [InlineData($"usage {Customer} --timeout soon", "error: 'soon' is not a timeout: --timeout takes seconds from 0.1 to 3600, such as 30 or 2.5.")]
    public async Task A_wrong_command_line_is_one_error_line_and_exit_code_2(string commandLine, string expected)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' '));

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldBe([expected]);
    }

    [Theory]
    [InlineData("http://partner-center.example.com/v1/", "partner-center.example.com")]
    [InlineData("http://10.1.2.3:8080/v1/", "10.1.2.3")]
    public async Task A_bearer_token_is_never_sent_over_plain_http_except_to_this_machine(string url, string host)
    {
        var run = await CliRun.RunAsync("usage", "-c", CliRun.CustomerId, "--base-url", url, "--token", UsageArgs.Token);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.StderrLines.ShouldBe([$"error: refusing to send a bearer token over plain http to {host}: use https (plain http is allowed only to this machine, such as http://127.0.0.1, for testing)."]);
        run.AllOutput.ShouldNotContain(UsageArgs.Token);
    }

    [Theory]
    [InlineData("https://pc.example/v1/?sig=S3CRET-SAS&sv=2024", "--base-url https://pc.example/v1/?sig=***&sv=*** has a query or fragment", "S3CRET-SAS")]
    [InlineData("https://pc.example/v1/#S3CRET-FRAGMENT", "--base-url https://pc.example/v1/#*** has a query or fragment", "S3CRET-FRAGMENT")]
    [InlineData("https://admin:S3CRET-PASSWORD@pc.example/v1/", "--base-url https://***@pc.example/v1/ holds a user name or password", "S3CRET-PASSWORD")]
    public async Task A_base_url_with_a_query_fragment_or_password_is_refused_without_printing_the_secret(string url, string expected, string secret)
    {
        var run = await CliRun.RunAsync("usage", "-c", CliRun.CustomerId, "--base-url", url, "--token", UsageArgs.Token);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.StderrLines.ShouldHaveSingleItem().ShouldStartWith("error: " + expected);
        run.AllOutput.ShouldNotContain(secret);
    }

    [Theory]
    [InlineData("de-DE\r\nX-Injected: 1")]
    [InlineData("en US")]
    [InlineData("")]
    public async Task A_locale_that_is_not_a_language_tag_is_refused_not_sent_as_a_header(string locale)
    {
        var run = await CliRun.RunAsync("usage", "-c", CliRun.CustomerId, "--locale", locale);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        var line = run.StderrLines.ShouldHaveSingleItem();
        line.ShouldEndWith("is not a language tag: --locale takes one such as en-US.");
        line.Where(char.IsControl).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_token_with_a_line_break_is_refused_without_printing_it()
    {
        var run = await CliRun.RunAsync("usage", "-c", CliRun.CustomerId, "--base-url", "https://pc.example/v1/", "--token", "abc\r\nX-Injected: 1");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.StderrLines.ShouldBe(["error: the token holds spaces or control characters; a bearer token is one word of printable characters."]);
    }

    [Fact]
    public async Task Help_lists_the_usage_options_and_the_exit_codes_on_stdout()
    {
        var run = await CliRun.RunAsync("usage", "--help");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        foreach (var option in new[]
                 {
                     "--customer <guid>", "--base-url <url>", "--auth <device-code|environment|azure-cli|managed-identity>", "--tenant <tenant>",
                     "--client-id <guid>", "--token <token>", "--locale <locale>", "--output <table|json|csv>", "--output-file <path>",
                     "--timeout <seconds>", "--verbose",
                 })
        {
            run.Stdout.ShouldContain(option);
        }

        run.StdoutLines.ShouldContain("Exit codes:");
        foreach (var code in new[] { ExitCodes.Success, ExitCodes.Unexpected, ExitCodes.InvalidInput, ExitCodes.Auth, ExitCodes.ApiError, ExitCodes.Network, ExitCodes.Cancelled })
        {
            run.StdoutLines.ShouldContain(line => line.TrimStart().StartsWith(code + " ", System.StringComparison.Ordinal));
        }
    }
}
