using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using PartnerCenter.Licenses.Cli.Http;
using PartnerCenter.Licenses.Cli.Offline;
using PartnerCenter.Licenses.Cli.Output;
using PartnerCenter.Licenses.Cli.SignIn;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// The <c>usage</c> command: signs in, gets a customer's license usage from Partner Center (or from the offline examples
/// when no <c>--base-url</c> is given) and prints it; a failure becomes one line on stderr and an exit code.
/// </summary>
internal static class UsageCommand
{
    public static async Task<int> RunAsync(UsageRequest request, TextWriter stdout, StderrLines stderr, ToolEnvironment environment, CancellationToken cancellationToken)
    {
        var where = request.BaseUrl is null ? "the offline examples" : DisplayUrl.Of(request.BaseUrl);
        var timeout = new CallTimeout(request.Timeout);
        OutputTarget output;
        try
        {
            output = request.OutputFile is null ? OutputTarget.Stdout(stdout) : OutputTarget.File(request.OutputFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"error: cannot write --output-file {request.OutputFile}: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }

        await using (output.ConfigureAwait(false))
        {
            try
            {
                await using var connection = await ConnectAsync(request, stderr, environment, timeout, cancellationToken).ConfigureAwait(false);
                var writer = CreateWriter(request);
                await ItemProgress.RunAsync(stderr.Writer, ShowsProgress(request, environment), async progress =>
                {
                    var items = request.AllPages
                        ? UsageItems.AllPagesAsync(connection.Client, request.CustomerId, timeout, progress, cancellationToken)
                        : UsageItems.FirstPageAsync(connection.Client, request.CustomerId, timeout, stderr, cancellationToken);
                    await writer.WriteAsync(items, output.Writer, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
                await output.CommitAsync().ConfigureAwait(false);
                return ExitCodes.Success;
            }
#pragma warning disable CA1031 // Ctrl+C, however the cancellation surfaced (a client may wrap it in its own exception).
            catch (Exception) when (cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                await stderr.WriteLineAsync("Cancelled.").ConfigureAwait(false);
                return ExitCodes.Cancelled;
            }
#pragma warning disable CA1031 // Whatever fails is reported as one line and an exit code, never as a stack trace.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                var failure = FailureReport.Describe(ex, where, request.CustomerId, timeout);
                await stderr.WriteLineAsync($"error: {failure.Message}").ConfigureAwait(false);
                if (request.Verbose)
                {
                    foreach (var detail in FailureReport.Details(ex))
                    {
                        await stderr.WriteLineAsync(detail).ConfigureAwait(false);
                    }
                }

                return failure.ExitCode;
            }
        }
    }

    private static async Task<PartnerCenterConnection> ConnectAsync(UsageRequest request, StderrLines stderr, ToolEnvironment environment, CallTimeout timeout, CancellationToken cancellationToken)
    {
        var verbose = request.Verbose ? stderr : null;
        var scopes = new PartnerCenterClientOptions().Scopes.ToArray();
        if (request.BaseUrl is null)
        {
            await stderr.WriteLineAsync("No --base-url given: offline, printing the OpenAPI document's example usage (nothing is sent over the network).").ConfigureAwait(false);
            var offline = await SignedInCredential.SignInAsync(StaticToken(OfflinePartnerCenter.AccessToken), scopes, stderr, cancellationToken).ConfigureAwait(false);
            return PartnerCenterConnection.Open(OfflinePartnerCenter.BaseAddress, offline, request.Locale, request.Timeout, () => new OfflinePartnerCenter(), verbose);
        }

        var settings = request.SignIn ?? throw new ArgumentException("A base URL needs sign-in settings.", nameof(request));
        TokenCredential credential;
        if (settings.Token is { } token)
        {
            credential = await SignedInCredential.SignInAsync(StaticToken(token), scopes, stderr, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var mode = settings.Mode ?? AuthMode.DeviceCode;
            var identity = environment.CreateCredential(mode, settings.TenantId, settings.ClientId, stderr);
            if (verbose is not null)
            {
                await verbose.WriteLineAsync($"verbose: signing in ({CliApp.AuthModeName(mode)}) for {string.Join(' ', scopes)}").ConfigureAwait(false);
            }

            if (mode == AuthMode.DeviceCode)
            {
                // A person is typing a code in a browser: only Ctrl+C ends the wait.
                credential = await SignedInCredential.SignInAsync(identity, scopes, stderr, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                using var signIn = timeout.Start(cancellationToken);
                credential = await SignedInCredential.SignInAsync(identity, scopes, stderr, signIn.Token).ConfigureAwait(false);
            }
        }

        return PartnerCenterConnection.Open(request.BaseUrl, credential, request.Locale, request.Timeout, () => new SocketsHttpHandler(), verbose);
    }

    /// <summary>
    /// A progress indicator for <c>--all</c>, only for a person at a terminal: on stderr, and not while lines printed as
    /// they come (JSON, CSV) go to the same terminal on stdout. A table is printed at the end, so it never competes.
    /// </summary>
    private static bool ShowsProgress(UsageRequest request, ToolEnvironment environment)
        => request.AllPages && environment.StderrIsTerminal
           && (request.Output == OutputFormat.Table || request.OutputFile is not null || !environment.StdoutIsTerminal);

    /// <summary>A token given as it is: the tool does not know when it expires; the server says so (401).</summary>
    private static TokenCredential StaticToken(string token)
        => DelegatedTokenCredential.Create((_, _) => new AccessToken(token, DateTimeOffset.MaxValue));

    private static IUsageWriter CreateWriter(UsageRequest request) => request.Output switch
    {
        OutputFormat.Json => new UsageJsonWriter(),
        OutputFormat.Csv => new UsageCsvWriter(),
        _ => new UsageTableWriter(request.CustomerId),
    };
}
