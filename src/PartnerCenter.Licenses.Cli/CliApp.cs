using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// The command line of the tool: its commands and options, how they are read, and how a wrong command line is reported
/// (one <c>error:</c> line per problem on stderr, exit code <see cref="ExitCodes.Usage"/>).
/// </summary>
public static class CliApp
{
    /// <summary>The environment variable the token is read from when <c>--token</c> is not given.</summary>
    public const string TokenEnvironmentVariable = "PARTNER_CENTER_TOKEN";

    private const string ExampleCustomerId = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";

    /// <summary>Runs the tool with the process environment.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where notices and errors go.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        => RunAsync(args, stdout, stderr, Environment.GetEnvironmentVariable, cancellationToken);

    /// <summary>Runs the tool, reading environment variables through <paramref name="environment"/> (so tests need not touch the process's).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where notices and errors go.</param>
    /// <param name="environment">Returns an environment variable's value, or null when it is not set.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);

        var parseResult = CreateRootCommand(stdout, stderr, environment).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // Program.Main owns Ctrl+C and passes it in as cancellationToken; the library should not hook the signals too.
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand CreateRootCommand(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var root = new RootCommand("Reads Microsoft Partner Center license usage insights.");
        root.Subcommands.Add(CreateUsageCommand(stdout, stderr, environment));
        return root;
    }

    private static Command CreateUsageCommand(TextWriter stdout, TextWriter stderr, Func<string, string?> environment)
    {
        var customer = new Option<Guid>("--customer", "-c")
        {
            Description = $"The customer's id, a GUID such as {ExampleCustomerId}.",
            HelpName = "guid",
            Required = true,
            CustomParser = ParseCustomerId,
        };
        var baseUrl = new Option<Uri?>("--base-url")
        {
            Description = "The Partner Center API to call, such as https://api.partnercenter.microsoft.com/v1/. "
                          + "Without it, the tool calls an offline stub that serves the OpenAPI document's examples.",
            HelpName = "url",
            CustomParser = ParseBaseUrl,
        };
        var token = new Option<string?>("--token")
        {
            Description = $"The bearer token for --base-url. Defaults to the {TokenEnvironmentVariable} environment variable.",
            HelpName = "token",
        };
        var locale = new Option<string>("--locale")
        {
            Description = "The X-Locale header: the language of localized text in responses.",
            HelpName = "locale",
            DefaultValueFactory = _ => new PartnerCenterClientOptions().Locale,
            CustomParser = ParseLocale,
        };
        var output = new Option<OutputFormat?>("--output", "-o")
        {
            Description = "table (for people, the default) or json (the API's own shape, for scripts).",
            HelpName = "table|json",
            CustomParser = ParseOutput,
        };
        output.CompletionSources.Add("table", "json");

        var command = new Command("usage", "Prints a customer's license usage per product and workload.")
        {
            customer, baseUrl, token, locale, output,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var url = parseResult.GetValue(baseUrl);
            var givenToken = parseResult.GetValue(token);
            if (url is null && givenToken is not null)
            {
                await stderr.WriteLineAsync("error: --token is only used with --base-url; without --base-url the tool calls an offline stub that needs none.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var resolvedToken = string.IsNullOrWhiteSpace(givenToken) ? environment(TokenEnvironmentVariable) : givenToken;
            if (url is not null && string.IsNullOrWhiteSpace(resolvedToken))
            {
                await stderr.WriteLineAsync($"error: --base-url {url} needs an access token: pass --token TOKEN or set {TokenEnvironmentVariable}.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            var request = new UsageRequest(
                parseResult.GetValue(customer),
                url,
                url is null ? null : resolvedToken,
                parseResult.GetValue(locale)!,
                parseResult.GetValue(output) ?? OutputFormat.Table);
            return await UsageCommand.RunAsync(request, stdout, stderr, cancellationToken).ConfigureAwait(false);
        });

        return command;
    }

    private static Guid ParseCustomerId(ArgumentResult result)
    {
        var value = SingleToken(result);
        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        result.AddError($"'{value}' is not a customer id: --customer takes a GUID, such as {ExampleCustomerId}.");
        return Guid.Empty;
    }

    private static Uri? ParseBaseUrl(ArgumentResult result)
    {
        var value = SingleToken(result);
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        result.AddError($"'{value}' is not an http or https URL: --base-url takes an absolute URL, such as https://api.partnercenter.microsoft.com/v1/.");
        return null;
    }

    private static string ParseLocale(ArgumentResult result)
    {
        var value = SingleToken(result);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        result.AddError("--locale takes a language tag, such as en-US.");
        return string.Empty;
    }

    private static OutputFormat? ParseOutput(ArgumentResult result)
    {
        var value = SingleToken(result);
        switch (value.ToUpperInvariant())
        {
            case "TABLE":
                return OutputFormat.Table;
            case "JSON":
                return OutputFormat.Json;
            default:
                result.AddError($"'{value}' is not an output format: --output takes table or json.");
                return null;
        }
    }

    /// <summary>The option's value; these options take exactly one, which the parser checks before calling a custom parser.</summary>
    private static string SingleToken(ArgumentResult result) => result.Tokens.Select(t => t.Value).LastOrDefault() ?? string.Empty;
}
