using System;
using System.Diagnostics;
using System.IO;
using System.Reflection;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>This program run again as a child process in one of its measuring modes, so that a measurement starts from a fresh process.</summary>
public static class ChildProcess
{
    /// <summary>
    /// Runs the program with <paramref name="arguments"/> (and the environment variable <paramref name="variable"/> set
    /// to <paramref name="value"/> when given), waits for it, and returns the last line it printed.
    /// </summary>
    /// <exception cref="InvalidOperationException">The child process failed.</exception>
    public static string Run(string? variable, string? value, params string[] arguments)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        if (variable is not null)
        {
            start.Environment[variable] = value;
        }

        var host = Environment.ProcessPath!;
        start.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child process '{string.Join(' ', arguments)}' failed ({child.ExitCode}): {output}");
        }

        return output.Trim().Split('\n')[^1];
    }
}
