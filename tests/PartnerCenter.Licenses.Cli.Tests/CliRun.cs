using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using PartnerCenter.Licenses.Cli.SignIn;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>What one run of the tool (in-process or as a process) printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The customer of the spec's examples.</summary>
    public const string CustomerId = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";

    /// <summary>A hang guard for runs that call a server: generous, and a run that hits it fails (exit 130) instead of hanging.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    /// <summary>Runs the tool in-process with an empty environment (so a PARTNER_CENTER_TOKEN on the machine does not leak in) and Azure.Identity sign-in.</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), null, args);

    /// <summary>Runs the tool in-process with the given environment variables and, when given, credentials instead of Azure.Identity.</summary>
    internal static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> variables, TokenCredential? credential, params string[] args)
    {
        using var hangGuard = new CancellationTokenSource(HangGuard);
        return await RunAsync(variables, credential, hangGuard.Token, args);
    }

    internal static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> variables, TokenCredential? credential, CancellationToken cancellationToken, params string[] args)
        => await RunAsync(variables, credential, stderrIsTerminal: false, stdoutIsTerminal: false, args, cancellationToken);

    /// <summary>Runs the tool in-process as if stderr and stdout were (or were not) terminals.</summary>
    internal static async Task<CliRun> RunAsTerminalAsync(bool stderrIsTerminal, bool stdoutIsTerminal, params string[] args)
    {
        using var hangGuard = new CancellationTokenSource(HangGuard);
        return await RunAsync(new Dictionary<string, string>(), null, stderrIsTerminal, stdoutIsTerminal, args, hangGuard.Token);
    }

    private static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> variables, TokenCredential? credential, bool stderrIsTerminal, bool stdoutIsTerminal, string[] args, CancellationToken cancellationToken)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var environment = new ToolEnvironment(
            name => variables.TryGetValue(name, out var value) ? value : null,
            credential is null ? ToolEnvironment.Process.CreateCredential : (_, _, _, _) => credential)
        {
            StderrIsTerminal = stderrIsTerminal,
            StdoutIsTerminal = stdoutIsTerminal,
        };
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, environment, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of stderr.</summary>
    public string[] StderrLines => Lines(Stderr);

    /// <summary>The non-empty lines of stdout (CSV's CRLF included).</summary>
    public string[] StdoutLines => Lines(Stdout);

    /// <summary>Everything printed, for checks that something appears nowhere.</summary>
    public string AllOutput => Stdout + Stderr;

    private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).ToArray();
}
