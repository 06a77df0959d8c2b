using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/OpenApiClientGenerator.BuildComparison -- [SPEC…]</c>: generated code
/// volume and full build time of our generator against NSwag, spec by spec, in fresh projects (see benchmarks/README.md).
/// </summary>
public static class Program
{
    private const string ProjectPath = "benchmarks/OpenApiClientGenerator.BuildComparison";

    public static int Main(string[] args)
    {
        var root = RepositoryRoot();
        var specs = new Argument<FileInfo[]>("specs")
        {
            Description = "Real-world specs (JSON or YAML) to compare and time besides the repository's own, by path.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "Counted build rounds after the warm-up (an even number puts each generator first equally often); 0 only counts the generated code.",
            DefaultValueFactory = _ => 6,
        };
        var timeAll = new Option<bool>("--time-all") { Description = "Also time the builds of the public test specs (by default they are only counted)." };
        var onlyGiven = new Option<bool>("--only-given") { Description = "Leave out the repository's specs (Partner Center and the public test specs)." };
        var sharedCompiler = new Option<bool>("--shared-compiler")
        {
            Description = "Let the builds use the compiler server (the SDK's default). Off by default, so every build is self-contained and its CPU time complete.",
        };
        var results = new Option<DirectoryInfo>("--results")
        {
            Description = "Where build-comparison.md and build-comparison-builds.csv are written.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(root, "benchmarks", "results")),
        };
        var work = new Option<DirectoryInfo>("--work")
        {
            Description = "Where the fresh projects are made and built (a new run-* folder in it each time; outside the repository).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(Path.GetTempPath(), "openapi-build-comparison")),
        };

        var command = new RootCommand("Generated code volume and full build time of this repository's generator against NSwag, in fresh projects holding one spec each.")
        {
            specs, rounds, timeAll, onlyGiven, sharedCompiler, results, work,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(rounds) < 0)
            {
                result.AddError("--rounds must be 0 or more.");
            }

            foreach (var missing in (result.GetValue(specs) ?? Array.Empty<FileInfo>()).Where(file => !file.Exists))
            {
                result.AddError($"No spec at {missing.FullName}.");
            }
        });
        command.SetAction(parseResult =>
        {
            var settings = new ComparisonSettings(parseResult.GetValue(rounds), parseResult.GetValue(sharedCompiler), TimeSpan.FromMinutes(30));
            var compared = ComparedSpecs.Select(root, parseResult.GetValue(specs) ?? Array.Empty<FileInfo>(), parseResult.GetValue(timeAll), !parseResult.GetValue(onlyGiven));
            return Compare(root, compared, settings, parseResult.GetValue(work)!, parseResult.GetValue(results)!, "dotnet run -c Release --project " + ProjectPath + (args.Length == 0 ? string.Empty : " -- " + string.Join(' ', args.Select(Quote))));
        });
        return command.Parse(args).Invoke();
    }

    private static int Compare(string root, System.Collections.Generic.IReadOnlyList<ComparedSpec> specs, ComparisonSettings settings, DirectoryInfo work, DirectoryInfo results, string commandLine)
    {
        var progress = Console.Error;
        work.Create();
        var context = RunContext.Capture(root, work.FullName, commandLine);
        progress.WriteLine($"{specs.Count} specs ({specs.Count(spec => spec.Timed)} timed, {settings.Rounds} rounds); load average {context.LoadAtStart}");
        var workspace = Workspace.Create(root, work.FullName, specs, progress);
        try
        {
            workspace.Restore(progress);
            var (specResults, builds) = new ComparisonRun(workspace, settings, progress).Run();
            var markdown = ComparisonReport.Markdown(context, workspace, settings, specResults, builds, RunContext.Load());
            results.Create();
            File.WriteAllText(Path.Combine(results.FullName, "build-comparison.md"), markdown);
            File.WriteAllText(Path.Combine(results.FullName, "build-comparison-builds.csv"), ComparisonReport.Csv(builds));
            Console.WriteLine(markdown);
            progress.WriteLine($"written to {results.FullName} (build-comparison.md, build-comparison-builds.csv); projects and logs in {workspace.Directory}");
            return specResults.All(spec => spec.Ours.Built && spec.NSwag.Built) ? 0 : 1;
        }
        finally
        {
            workspace.RemovePackageFromNuGetCache();
        }
    }

    private static string Quote(string argument)
        => argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:@+,".Contains(c, StringComparison.Ordinal)) ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (PartnerCenter.Licenses.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
