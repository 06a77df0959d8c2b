using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Shouldly;
using Xunit;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>The tool as people install it: <c>dotnet pack</c>, <c>dotnet tool install</c>, then the <c>pc-licenses</c> command.</summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pc-licenses-tool-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_as_pc_licenses_and_runs()
    {
        // A version of its own, so no package of that id and version in the NuGet cache can stand in for this one.
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var feed = Path.Combine(_folder, "feed");
        var tools = Path.Combine(_folder, "tools");

        // --no-build: the build this test project made of the tool, so no second build races the test run's.
        var pack = await DotNetAsync("pack", ToolProcess.ToolProject, "-c", ToolProcess.Configuration, "--no-build", "-o", feed, "-p:Version=" + version);
        pack.ExitCode.ShouldBe(0, pack.Stdout + pack.Stderr);
        var install = await DotNetAsync("tool", "install", "PartnerCenter.Licenses.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        install.ExitCode.ShouldBe(0, install.Stdout + install.Stderr);

        var run = await ToolProcess.RunAsync(new ProcessStartInfo(Path.Combine(tools, "pc-licenses")) { ArgumentList = { "usage", "-c", CliRun.CustomerId, "-o", "csv" } });

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.StdoutLines.Length.ShouldBe(6);
        run.StdoutLines.Skip(1).ShouldAllBe(line => line.Contains("DT DEMO CSP CUSTOMER 005", StringComparison.Ordinal));
    }

    private static Task<CliRun> DotNetAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return ToolProcess.RunAsync(start);
    }
}
