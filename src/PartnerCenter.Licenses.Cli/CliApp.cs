using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Cli.SignIn;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// The command line of the tool: its commands and options, how they are read and checked, and how a wrong command line
/// is reported (one <c>error:</c> line per problem on stderr, exit code <see cref="ExitCodes.InvalidInput"/>).
/// </summary>
public static partial class CliApp
{
    /// <summary>The environment variable the token is read from when neither <c>--token</c> nor <c>--auth</c> is given.</summary>
    public const string TokenEnvironmentVariable = "PARTNER_CENTER_TOKEN";

    private const string ExampleCustomerId = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";
    private const string ExampleBaseUrl = "https://api.partnercenter.microsoft.com/v1/";
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromHours(1);

    private static readonly (string Name, AuthMode Mode)[] AuthModes =
    [
        ("device-code", AuthMode.DeviceCode),
        ("environment", AuthMode.Environment),
        ("azure-cli", AuthMode.AzureCli),
        ("managed-identity", AuthMode.ManagedIdentity),
    ];

    /// <summary>Runs the tool with the process environment and Azure.Identity sign-in.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where notices and errors go.</param>
    /// <param name="cancellationToken">Cancels the command (Ctrl+C).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
        => RunAsync(args, stdout, stderr, ToolEnvironment.Process, cancellationToken);

    /// <summary>The name <c>--auth</c> takes for <paramref name="mode"/>.</summary>
    internal static string AuthModeName(AuthMode mode) => AuthModes.First(entry => entry.Mode == mode).Name;

    /// <summary>Runs the tool in <paramref name="environment"/> (tests give their own variables and credentials).</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, ToolEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(environment);

        var errors = new StderrLines(stderr);
        var parseResult = CreateRootCommand(stdout, errors, environment).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                await errors.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            }

            return ExitCodes.InvalidInput;
        }

        var invocation = new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,

            // Program.Main owns Ctrl+C and passes it in as cancellationToken; the library should not hook the signals too.
            ProcessTerminationTimeout = null,

            // The tool reports its own failures as one line; the library's handler would print a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand CreateRootCommand(TextWriter stdout, StderrLines stderr, ToolEnvironment environment)
    {
        var root = new RootCommand("Reads Microsoft Partner Center license usage insights.");
        root.Subcommands.Add(CreateUsageCommand(stdout, stderr, environment));
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            help.Action = new HelpWithExitCodes((HelpAction)help.Action!);
        }

        return root;
    }

    private static Command CreateUsageCommand(TextWriter stdout, StderrLines stderr, ToolEnvironment environment)
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
            Description = $"The Partner Center API to call, such as {ExampleBaseUrl} (https; plain http only to this machine). "
                          + "Without it, the tool prints the OpenAPI document's examples offline.",
            HelpName = "url",
            CustomParser = ParseBaseUrl,
        };
        var auth = new Option<AuthMode?>("--auth")
        {
            Description = "Sign in with Azure.Identity: device-code (a person, in a browser), environment (a service principal from AZURE_TENANT_ID, "
                          + "AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH), azure-cli (the az login account) or managed-identity.",
            HelpName = string.Join('|', AuthModes.Select(entry => entry.Name)),
            CustomParser = ParseAuthMode,
        };
        auth.CompletionSources.Add(AuthModes.Select(entry => entry.Name).ToArray());
        var tenant = new Option<string?>("--tenant")
        {
            Description = "The Entra tenant to sign in to (device-code, azure-cli), such as contoso.onmicrosoft.com or its GUID.",
            HelpName = "tenant",
            CustomParser = result => ParsePlainValue(result, "--tenant"),
        };
        var clientId = new Option<string?>("--client-id")
        {
            Description = "The application id to sign in as (device-code: your Partner Center app registration), or the client id of a user-assigned managed identity.",
            HelpName = "guid",
            CustomParser = result => ParsePlainValue(result, "--client-id"),
        };
        var token = new Option<string?>("--token")
        {
            Description = $"A bearer token to send as it is, instead of signing in. Defaults to the {TokenEnvironmentVariable} environment variable when --auth is not given.",
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
            Description = "table (for people: rows, totals per product and a grand total; the default), json (the API's wire names, for scripts) "
                          + "or csv (RFC 4180 with a header row, for spreadsheets).",
            HelpName = "table|json|csv",
            CustomParser = ParseOutput,
        };
        output.CompletionSources.Add("table", "json", "csv");
        var outputFile = new Option<string?>("--output-file")
        {
            Description = "Write the result to this file instead of stdout; it is replaced only when the whole result is written.",
            HelpName = "path",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "Seconds one call to Partner Center may take, retries and the whole body included.",
            HelpName = "seconds",
            DefaultValueFactory = _ => CallTimeout.Default.TotalSeconds,
            CustomParser = ParseTimeout,
        };
        var all = new Option<bool>("--all")
        {
            Description = "Follow every page of the result (Partner Center's next links) instead of printing the first. Items are read "
                          + "as they arrive (JSON and CSV are written as they come; a table waits for the last row), with a progress "
                          + "indicator on stderr when it is a terminal; --timeout bounds each wait for the service.",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log each request and answer (method, URL without secrets, status, request id) and the causes of a failure on stderr.",
        };

        var command = new Command("usage", "Prints a customer's license usage per product and workload.")
        {
            customer, baseUrl, auth, tenant, clientId, token, locale, output, outputFile, timeout, all, verbose,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var url = parseResult.GetValue(baseUrl);
            var signIn = ResolveSignIn(
                url,
                parseResult.GetValue(auth),
                parseResult.GetValue(tenant),
                parseResult.GetValue(clientId),
                parseResult.GetValue(token),
                environment,
                stderr,
                out var problem);
            if (problem is not null)
            {
                await stderr.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                return ExitCodes.InvalidInput;
            }

            var request = new UsageRequest(
                parseResult.GetValue(customer),
                url,
                signIn,
                parseResult.GetValue(locale)!,
                parseResult.GetValue(output) ?? OutputFormat.Table,
                parseResult.GetValue(outputFile),
                TimeSpan.FromSeconds(parseResult.GetValue(timeout)),
                parseResult.GetValue(verbose),
                parseResult.GetValue(all));
            return await UsageCommand.RunAsync(request, stdout, stderr, environment, cancellationToken).ConfigureAwait(false);
        });

        return command;
    }

    /// <summary>How to get a token for <paramref name="url"/>, or the one problem with the options given for it.</summary>
    private static SignInSettings? ResolveSignIn(Uri? url, AuthMode? mode, string? tenant, string? clientId, string? token, ToolEnvironment environment, StderrLines stderr, out string? problem)
    {
        problem = null;
        if (url is null)
        {
            var used = new[] { (token, "--token"), (mode?.ToString(), "--auth"), (tenant, "--tenant"), (clientId, "--client-id") }.FirstOrDefault(option => option.Item1 is not null).Item2;
            if (used is not null)
            {
                problem = $"{used} is only used with --base-url; without --base-url the tool prints the offline examples and signs in nowhere.";
            }

            return null;
        }

        if (token is not null && mode is not null)
        {
            problem = "give either --token or --auth, not both.";
            return null;
        }

        if (mode is null)
        {
            if (tenant is not null || clientId is not null)
            {
                problem = $"{(tenant is not null ? "--tenant" : "--client-id")} is only used with --auth.";
                return null;
            }

            token = string.IsNullOrWhiteSpace(token) ? environment.Variable(TokenEnvironmentVariable) : token;
            if (string.IsNullOrWhiteSpace(token))
            {
                problem = $"--base-url {DisplayUrl.Of(url)} needs a sign-in: pass --auth {string.Join('|', AuthModes.Select(entry => entry.Name))}, or --token TOKEN, or set {TokenEnvironmentVariable}.";
                return null;
            }

            token = token.Trim();
            stderr.AddSecret(token);
            if (!IsPlainValue(token))
            {
                problem = "the token holds spaces or control characters; a bearer token is one word of printable characters.";
                return null;
            }
        }
        else if (mode is AuthMode.Environment && (tenant ?? clientId) is not null)
        {
            problem = "--auth environment reads the tenant and client id from AZURE_TENANT_ID and AZURE_CLIENT_ID; drop --tenant and --client-id.";
            return null;
        }
        else if (mode is AuthMode.AzureCli && clientId is not null)
        {
            problem = "--auth azure-cli signs in as the az login account; --client-id does not apply.";
            return null;
        }
        else if (mode is AuthMode.ManagedIdentity && tenant is not null)
        {
            problem = "--auth managed-identity uses the identity's own tenant; --tenant does not apply.";
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttp && !url.IsLoopback)
        {
            problem = $"refusing to send a bearer token over plain http to {url.Host}: use https (plain http is allowed only to this machine, such as http://127.0.0.1, for testing).";
            return null;
        }

        return new SignInSettings(token, mode, tenant, clientId);
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
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            result.AddError($"'{TerminalText.Clean(value)}' is not an http or https URL: --base-url takes an absolute URL, such as {ExampleBaseUrl}.");
            return null;
        }

        // The client appends operation paths to the base address as text: a query or fragment would end up in the middle
        // of the request URL, and credentials in the URL would be sent nowhere but printed in errors.
        var shown = DisplayUrl.Of(uri);
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || value.Contains('?', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal))
        {
            result.AddError($"--base-url {shown} has a query or fragment; give the API's root only, such as {ExampleBaseUrl}.");
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            result.AddError($"--base-url {shown} holds a user name or password; the tool signs in with --auth or --token, so give the URL without them.");
            return null;
        }

        return uri;
    }

    private static AuthMode? ParseAuthMode(ArgumentResult result)
    {
        var value = SingleToken(result);
        foreach (var (name, mode) in AuthModes)
        {
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase))
            {
                return mode;
            }
        }

        result.AddError($"'{TerminalText.Clean(value)}' is not a sign-in: --auth takes {string.Join(", ", AuthModes.Select(entry => entry.Name))}.");
        return null;
    }

    private static string? ParsePlainValue(ArgumentResult result, string option)
    {
        var value = SingleToken(result).Trim();
        if (value.Length > 0 && IsPlainValue(value))
        {
            return value;
        }

        result.AddError($"{option} takes one word of printable characters.");
        return null;
    }

    private static string ParseLocale(ArgumentResult result)
    {
        var value = SingleToken(result).Trim();
        if (LanguageTag().IsMatch(value))
        {
            return value;
        }

        // Sent as the X-Locale header: anything but a language tag (a line break, above all) is refused, not sent.
        result.AddError($"'{TerminalText.Clean(value)}' is not a language tag: --locale takes one such as en-US.");
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
            case "CSV":
                return OutputFormat.Csv;
            default:
                result.AddError($"'{TerminalText.Clean(value)}' is not an output format: --output takes table, json or csv.");
                return null;
        }
    }

    private static double ParseTimeout(ArgumentResult result)
    {
        var value = SingleToken(result);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds >= ShortestTimeout.TotalSeconds && seconds <= LongestTimeout.TotalSeconds)
        {
            return seconds;
        }

        result.AddError(string.Create(
            CultureInfo.InvariantCulture,
            $"'{TerminalText.Clean(value)}' is not a timeout: --timeout takes seconds from {ShortestTimeout.TotalSeconds} to {LongestTimeout.TotalSeconds}, such as 30 or 2.5."));
        return CallTimeout.Default.TotalSeconds;
    }

    private static bool IsPlainValue(string value) => value.All(character => character is > ' ' and < '\u007F');

    /// <summary>The option's value; these options take exactly one, which the parser checks before calling a custom parser.</summary>
    private static string SingleToken(ArgumentResult result) => result.Tokens.Select(t => t.Value).LastOrDefault() ?? string.Empty;

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    /// <summary>The library's help, followed by the exit codes.</summary>
    private sealed class HelpWithExitCodes(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            foreach (var line in ExitCodes.HelpLines)
            {
                output.WriteLine(line);
            }

            output.WriteLine();
            return exitCode;
        }
    }
}
