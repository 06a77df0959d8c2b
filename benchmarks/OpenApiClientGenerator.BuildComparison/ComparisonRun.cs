using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>One full build of one fresh project. Round 0 is the warm-up (not counted), which also counts the generated code.</summary>
internal sealed record BuildMeasurement(ComparedSpec Spec, ClientGenerator Generator, int Round, int Position, CommandRun Run, int? Warnings)
{
    public bool Counted => Round > 0 && Run.Succeeded;
}

/// <summary>What a generator produced for a spec (from the warm-up build), and whether that build succeeded.</summary>
internal sealed record GeneratedOutput(bool Built, int? Warnings, CodeVolume? SpecCode, CodeVolume? Helpers, string Log)
{
    public CodeVolume? Total => SpecCode is null || Helpers is null ? null : SpecCode + Helpers;
}

internal sealed record SpecResult(ComparedSpec Spec, GeneratedOutput Ours, GeneratedOutput NSwag);

internal sealed record ComparisonSettings(int Rounds, bool SharedCompiler, TimeSpan BuildTimeout);

/// <summary>
/// The warm-up build of every project (which also counts the generated code), then timed rounds: in each, both
/// projects of every timed spec are built from scratch back to back, ours first in odd rounds and NSwag first in even
/// ones, so a drift in the machine's speed falls on both.
/// </summary>
internal sealed partial class ComparisonRun
{
    private readonly Workspace _workspace;
    private readonly ComparisonSettings _settings;
    private readonly TextWriter _progress;
    private readonly List<BuildMeasurement> _builds = new();

    public ComparisonRun(Workspace workspace, ComparisonSettings settings, TextWriter progress)
    {
        _workspace = workspace;
        _settings = settings;
        _progress = progress;
    }

    public (IReadOnlyList<SpecResult> Specs, IReadOnlyList<BuildMeasurement> Builds) Run()
    {
        var results = new List<SpecResult>();
        foreach (var (ours, nswag) in _workspace.Projects)
        {
            results.Add(new SpecResult(ours.Spec, WarmUp(ours), WarmUp(nswag)));
        }

        var timed = _workspace.Projects
            .Zip(results)
            .Where(pair => pair.First.Ours.Spec.Timed && pair.Second.Ours.Built && pair.Second.NSwag.Built)
            .Select(pair => pair.First)
            .ToList();
        for (var round = 1; round <= _settings.Rounds; round++)
        {
            foreach (var (ours, nswag) in timed)
            {
                var order = round % 2 == 1 ? new[] { ours, nswag } : new[] { nswag, ours };
                var runs = order.Select((project, position) => Build(project, round, position, keepGeneratedFiles: false)).ToList();
                _progress.WriteLine($"  round {round}/{_settings.Rounds} {ours.Spec.FileName}: " + string.Join(", ", runs.Select(Describe)));
            }
        }

        return (results, _builds);
    }

    private GeneratedOutput WarmUp(FreshProject project)
    {
        var build = Build(project, round: 0, position: 0, keepGeneratedFiles: true);
        var log = Path.Combine(_workspace.LogsDirectory, $"{Path.GetFileName(Path.GetDirectoryName(project.Directory))}-{project.Generator}-warmup.log");
        File.WriteAllText(log, build.Run.Output);
        _progress.WriteLine($"  warm-up {project.Spec.FileName}: {Describe(build)}");
        if (!build.Run.Succeeded)
        {
            _progress.WriteLine(DotNetCli.Tail(build.Run.Output, 15));
            return new GeneratedOutput(false, build.Warnings, null, null, log);
        }

        var (specCode, helpers) = project.GeneratedCode();
        return new GeneratedOutput(true, build.Warnings, specCode, helpers, log);
    }

    private BuildMeasurement Build(FreshProject project, int round, int position, bool keepGeneratedFiles)
    {
        project.DeleteBuildOutputs();
        var run = DotNetCli.Run(project.Directory, project.BuildArguments(_settings.SharedCompiler, keepGeneratedFiles), _settings.BuildTimeout);
        var measurement = new BuildMeasurement(project.Spec, project.Generator, round, position, run, Warnings(run.Output));
        _builds.Add(measurement);
        return measurement;
    }

    private static string Describe(BuildMeasurement build)
        => $"{build.Generator} {build.Run.Wall.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s"
           + (build.Run.Usage is { } usage ? $" (CPU {usage.Cpu.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)} s)" : string.Empty)
           + (build.Run.Succeeded ? string.Empty : $" FAILED (exit {build.Run.ExitCode})");

    /// <summary>The "N Warning(s)" of MSBuild's summary (counted once per warning, as the summary lists them).</summary>
    private static int? Warnings(string output)
    {
        var matches = WarningSummary().Matches(output);
        return matches.Count == 0 ? null : int.Parse(matches[^1].Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*(\d+) Warning\(s\)", RegexOptions.Multiline)]
    private static partial Regex WarningSummary();
}
