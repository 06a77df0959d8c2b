using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Where the AutoRest test server is installed (artifacts/autorest-testserver/&lt;version&gt;/, set by the project file),
/// and its installation with npm when it is not there yet. The build installs it first (it needs the package's Swagger
/// files to generate the clients), so the tests normally find it; Node.js and npm are required either way.
/// </summary>
internal static class TestServerInstallation
{
    public static string Directory { get; } = Metadata("AutoRestTestServerDirectory");

    public static string Version { get; } = Metadata("AutoRestTestServerVersion");

    public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string ProjectDirectory { get; } = Path.GetFullPath(Metadata("ConformanceProjectDirectory"));

    public static string Package => Path.Combine(Directory, "node_modules", "@microsoft.azure", "autorest.testserver");

    public static string Cli => Path.Combine(Package, "dist", "cli", "cli.js");

    public static string LoopbackPreload => Path.Combine(AppContext.BaseDirectory, "TestServer", "loopback.js");

    public static string ArtifactsDirectory => Path.Combine(RepositoryRoot, "artifacts", "conformance");

    /// <summary>Installs the locked packages with <c>npm ci</c> unless the server is already there.</summary>
    public static void EnsureInstalled()
    {
        if (File.Exists(Cli))
        {
            return;
        }

        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in new[] { "package.json", "package-lock.json" })
        {
            File.Copy(Path.Combine(ProjectDirectory, "TestServer", file), Path.Combine(Directory, file), overwrite: true);
        }

        var (exitCode, output) = Run("npm", Directory, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error");
        if (exitCode != 0 || !File.Exists(Cli))
        {
            throw new InvalidOperationException(
                $"'npm ci' could not install @microsoft.azure/autorest.testserver {Version} into {Directory} (exit code {exitCode}):{Environment.NewLine}{output}");
        }
    }

    /// <summary>Runs a Node.js tool with CI settings (no prompts, no update check), failing clearly when it is missing.</summary>
    public static (int ExitCode, string Output) Run(string tool, string workingDirectory, params string[] arguments)
    {
        var start = NodeStartInfo(tool, workingDirectory, arguments);
        var output = new StringBuilder();
        using var process = StartNodeProcess(start);
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + Environment.NewLine + "(stopped after 5 minutes)");
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public static ProcessStartInfo NodeStartInfo(string tool, string workingDirectory, params string[] arguments)
    {
        // npm is a script (npm.cmd) on Windows; the shell finds it there.
        var viaShell = OperatingSystem.IsWindows() && tool == "npm";
        var start = new ProcessStartInfo(viaShell ? "cmd.exe" : tool)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (viaShell ? new[] { "/c", tool } : []).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CI"] = "true";
        start.Environment["NPM_CONFIG_UPDATE_NOTIFIER"] = "false";
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    public static Process StartNodeProcess(ProcessStartInfo start)
    {
        try
        {
            var process = Process.Start(start) ?? throw new InvalidOperationException($"'{start.FileName}' did not start.");
            process.StandardInput.Close();
            return process;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The conformance tests need Node.js 18 or later with npm on the PATH to run the AutoRest test server; '{start.FileName}' could not be started ({exception.Message}). Install Node.js (e.g. 'apt-get install nodejs npm') and run the tests again.",
                exception);
        }
    }

    private static string Metadata(string key) =>
        typeof(TestServerInstallation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata (set by Conformance.Tests.csproj).");
}
