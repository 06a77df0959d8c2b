using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("usage", "error: Option '--customer' is required.")]
    [InlineData("usage --customer 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04 --output xml", "error: 'xml' is not an output format: --output takes table or json.")]
    [InlineData("usage --customer 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04 --base-url ftp://example.com --token abc", "error: 'ftp://example.com' is not an http or https URL: --base-url takes an absolute URL, such as https://api.partnercenter.microsoft.com/v1/.")]
    [InlineData("usage --customer 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04 --token abc", "error: --token is only used with --base-url; without --base-url the tool calls an offline stub that needs none.")]
    public async Task A_wrong_command_line_is_one_error_line_and_exit_code_2(string commandLine, string expected)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' '));

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldBe(new[] { expected });
    }

    [Fact]
    public async Task Help_lists_the_usage_options_on_stdout()
    {
        var run = await CliRun.RunAsync("usage", "--help");

        run.ExitCode.ShouldBe(0);
        run.Stderr.ShouldBeEmpty();
        foreach (var option in new[] { "--customer <guid>", "--base-url <url>", "--token <token>", "--locale <locale>", "--output <table|json>" })
        {
            run.Stdout.ShouldContain(option);
        }
    }
}
