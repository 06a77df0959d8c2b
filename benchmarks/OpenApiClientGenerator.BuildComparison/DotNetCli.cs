using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>What one dotnet command took: wall time, and the CPU time of the command and every process it started and waited for.</summary>
internal sealed record CommandRun(int ExitCode, string Output, TimeSpan Wall, ResourceUsage? Usage)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs the dotnet CLI as a user would: none of the MSBuild settings of the <c>dotnet run</c> that started this tool
/// leak in, no telemetry, no first-run banner.
/// </summary>
internal static class DotNetCli
{
    private static readonly object UsageLock = new();

    public static CommandRun Run(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in new List<string>(start.Environment.Keys))
        {
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("DOTNET_RUN", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);

        // Children's usage is summed per process: one command at a time, so the difference is this command's.
        lock (UsageLock)
        {
            var before = ResourceUsage.OfWaitedChildren();
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Append(output, $"[killed after {timeout.TotalMinutes:N0} minutes]");
                return new CommandRun(-1, output.ToString(), clock.Elapsed, null);
            }

            process.WaitForExit(); // drains the redirected output
            var wall = clock.Elapsed;
            var after = ResourceUsage.OfWaitedChildren();
            return new CommandRun(process.ExitCode, output.ToString(), wall, after is null || before is null ? null : after - before);
        }
    }

    /// <summary>Runs the command and throws with its output when it fails: for the setup steps, which must work.</summary>
    public static CommandRun RunOrThrow(string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout, string logFile)
    {
        var run = Run(workingDirectory, arguments, timeout);
        File.WriteAllText(logFile, run.Output);
        if (!run.Succeeded)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed with exit code {run.ExitCode} in {workingDirectory} (log: {logFile}):{Environment.NewLine}{Tail(run.Output, 40)}");
        }

        return run;
    }

    public static string Tail(string text, int lines)
    {
        var all = text.Split('\n');
        return string.Join('\n', all[Math.Max(0, all.Length - lines)..]);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
