using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>What a reader needs to judge and repeat a run: the machine, its load, the commit, the SDK and the command.</summary>
internal sealed record RunContext(string Machine, string LoadAtStart, string Commit, string Sdk, string Command, DateTimeOffset Started)
{
    private static readonly string[] VersionArguments = { "--version" };

    public static RunContext Capture(string repositoryRoot, string workDirectory, string command)
    {
        var sdk = DotNetCli.Run(workDirectory, VersionArguments, TimeSpan.FromMinutes(1)).Output.Trim();
        return new RunContext(DescribeMachine(), Load(), DescribeCommit(repositoryRoot), sdk, command, DateTimeOffset.UtcNow);
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), or "unknown".</summary>
    public static string Load()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(" / ", File.ReadAllText(path).Split(' ').Take(3)) : "unknown";
    }

    private static string DescribeMachine()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).Where(line => line.StartsWith("model name", StringComparison.Ordinal)).Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{model ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} logical cores, "
               + $"{memory.ToString("N0", CultureInfo.InvariantCulture)} GiB, {RuntimeInformation.OSDescription}";
    }

    /// <summary>The commit the generator was packed from, marked when generator/ has uncommitted changes.</summary>
    private static string DescribeCommit(string repositoryRoot)
    {
        var head = Git(repositoryRoot, "rev-parse", "--short=12", "HEAD");
        var subject = Git(repositoryRoot, "log", "-1", "--format=%s", "--date=short").Split('\n')[0];
        var date = Git(repositoryRoot, "log", "-1", "--format=%cd", "--date=short");
        var generator = Git(repositoryRoot, "log", "-1", "--format=%h", "--", "generator");
        var dirty = Git(repositoryRoot, "status", "--porcelain", "--", "generator").Length > 0 ? " + uncommitted changes in generator/" : string.Empty;
        if (subject.Length > 100)
        {
            subject = subject[..100] + "…";
        }

        return $"`{head}` ({date}{dirty}) \"{subject}\"; generator/ last changed in `{generator}`";
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (no git)";
        }
    }
}
