using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>Where the committed results live: benchmarks/results/peers/ of the repository the program runs in.</summary>
public static class ResultFiles
{
    public static string Directory
    {
        get
        {
            var root = FindRepositoryRoot(Environment.CurrentDirectory) ?? FindRepositoryRoot(AppContext.BaseDirectory)
                ?? throw new InvalidOperationException("Run from inside the repository (no PartnerCenter.Licenses.slnx above the current directory).");
            var directory = Path.Combine(root, "benchmarks", "results", "peers");
            System.IO.Directory.CreateDirectory(directory);
            return directory;
        }
    }

    /// <summary>
    /// Copies BenchmarkDotNet's GitHub markdown and CSV reports of <paramref name="summaries"/> into <see cref="Directory"/>;
    /// a summary with a failed benchmark is not copied, so it never replaces a complete report.
    /// </summary>
    public static IReadOnlyList<string> CopyReports(IEnumerable<Summary> summaries)
    {
        var copied = new List<string>();
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors || summary.Reports.Length == 0 || summary.Reports.Any(report => !report.Success))
            {
                Console.WriteLine($"// not copied (a benchmark failed): {summary.Title}");
                continue;
            }

            var type = summary.BenchmarksCases.Select(benchmark => benchmark.Descriptor.Type).FirstOrDefault();
            if (type is null)
            {
                continue;
            }

            foreach (var suffix in new[] { "-report-github.md", "-report.csv" })
            {
                // BenchmarkDotNet names a class's reports after the class's full name.
                var source = Path.Combine(summary.ResultsDirectoryPath, type.FullName + suffix);
                if (File.Exists(source))
                {
                    var target = Path.Combine(Directory, type.Name + suffix);
                    File.Copy(source, target, overwrite: true);
                    copied.Add(target);
                }
            }
        }

        return copied;
    }

    public static void Write(string fileName, string text)
    {
        var path = Path.Combine(Directory, fileName);
        File.WriteAllText(path, text);
        Console.WriteLine($"// written: {path}");
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
