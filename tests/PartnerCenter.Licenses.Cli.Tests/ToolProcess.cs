using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>
/// Runs the tool as a separate process, as a person or script would: the JIT build (<c>dotnet pc-licenses.dll</c>, built
/// with this test project) or the native AOT binary that <c>.ci/run</c> publishes to <c>artifacts/aot/pc-licenses</c>.
/// </summary>
public static class ToolProcess
{
    /// <summary>Points the AOT tests at another binary.</summary>
    public const string AotBinaryVariable = "PC_LICENSES_AOT_BINARY";

    public const string Jit = "jit";

    public const string Aot = "aot";

    /// <summary>Where the native binary is expected.</summary>
    public static string AotBinary => Environment.GetEnvironmentVariable(AotBinaryVariable) is { Length: > 0 } path
        ? path
        : Path.Combine(RepositoryRoot(), "artifacts", "aot", "pc-licenses");

    /// <summary>
    /// The JIT build in the tool's own output folder (built before this project, which references it): run where it was
    /// built, with its own dependencies, not from this test project's folder, whose dependency versions are the tests'.
    /// </summary>
    public static string JitAssembly => Path.Combine(ToolFolder, "bin", Configuration, "net10.0", "pc-licenses.dll");

    /// <summary>The tool's project file.</summary>
    public static string ToolProject => Path.Combine(ToolFolder, "PartnerCenter.Licenses.Cli.csproj");

    private static string ToolFolder => Path.Combine(RepositoryRoot(), "src", "PartnerCenter.Licenses.Cli");

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>Skips an AOT test, saying so in the test output, when the binary was not published.</summary>
    public static void SkipUnlessAvailable(string kind)
        => Skip.If(
            kind == Aot && !File.Exists(AotBinary),
            $"The native AOT binary was not published at {AotBinary}, so this AOT test did not run. "
            + "Publish it with `dotnet publish src/PartnerCenter.Licenses.Cli -c Release -r linux-x64 -o artifacts/aot` (.ci/run does) and run the tests again.");

    /// <summary>Runs the tool of <paramref name="kind"/> with <paramref name="args"/>; the environment has no PARTNER_CENTER_TOKEN or AZURE_* variables.</summary>
    public static async Task<CliRun> RunAsync(string kind, params string[] args)
    {
        var start = kind == Aot
            ? new ProcessStartInfo(AotBinary)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { ArgumentList = { JitAssembly } };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return await RunAsync(start);
    }

    /// <summary>Runs a program with its output captured, without a PARTNER_CENTER_TOKEN, AZURE_* or MSBuild variables of the test run.</summary>
    public static async Task<CliRun> RunAsync(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.UseShellExecute = false;
        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key == CliApp.TokenEnvironmentVariable || key.StartsWith("AZURE_", StringComparison.Ordinal)
                || key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.StandardInput.Close();
        using var hangGuard = new CancellationTokenSource(CliRun.HangGuard);
        var stdout = process.StandardOutput.ReadToEndAsync(hangGuard.Token);
        var stderr = process.StandardError.ReadToEndAsync(hangGuard.Token);
        try
        {
            await process.WaitForExitAsync(hangGuard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not exit within the hang guard ({CliRun.HangGuard}).");
        }

        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
