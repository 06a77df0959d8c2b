using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>What one in-process run of the tool printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The customer of the spec's examples.</summary>
    public const string CustomerId = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";

    /// <summary>Runs the tool with an empty environment (so a PARTNER_CENTER_TOKEN on the machine does not leak in).</summary>
    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), CancellationToken.None, args);

    /// <summary>Runs the tool with the given environment variables.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, name => environment.TryGetValue(name, out var value) ? value : null, cancellationToken);
        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of stderr.</summary>
    public string[] StderrLines => Stderr.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
