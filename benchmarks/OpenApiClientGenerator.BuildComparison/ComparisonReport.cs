using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>The results as markdown (to paste into the benchmarks README) and every build as CSV (the raw data).</summary>
internal static class ComparisonReport
{
    // Issue 9's targets, for the real-world specs given on the command line.
    private const double LinesTarget = 2.0;
    private const double BuildTimeTarget = 1.2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Markdown(RunContext context, Workspace workspace, ComparisonSettings settings, IReadOnlyList<SpecResult> specs, IReadOnlyList<BuildMeasurement> builds, string loadAtEnd)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"### Run of {context.Started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(Invariant, $"| Machine | {context.Machine} |");
        text.AppendLine(Invariant, $"| Load average (1/5/15 min) | {context.LoadAtStart} at the start, {loadAtEnd} at the end |");
        text.AppendLine(Invariant, $"| Our generator | commit {context.Commit}, packed as `OpenApiClientGenerator` `{workspace.PackageVersion}` |");
        text.AppendLine(Invariant, $"| NSwag | `NSwag.MSBuild` {FreshProject.NSwagVersion}: `{FreshProject.NSwagCommand} /input:SPEC /output:obj/nswag/Client.g.cs /namespace:Bench.Api` before every build |");
        text.AppendLine(Invariant, $"| .NET SDK | {context.Sdk} |");
        text.AppendLine(Invariant, $"| Command | `{context.Command}` |");
        text.AppendLine(Invariant, $"| Each build | `dotnet build PROJECT --no-restore -nodeReuse:false -tl:off -p:UseSharedCompilation={(settings.SharedCompiler ? "true" : "false")}` after one `dotnet restore`, with bin/ and obj/ emptied before it but for the restore's files |");
        text.AppendLine(Invariant, $"| Rounds | 1 warm-up (not counted; it also counts the generated code) + {settings.Rounds} counted, both projects of a spec back to back, ours first in odd rounds |");
        text.AppendLine();

        text.AppendLine("#### Generated code");
        text.AppendLine();
        text.AppendLine("Everything the compiler is given besides the project's own files: for ours the spec's code and the runtime helpers emitted into every consuming compilation, for NSwag its one file (helpers included).");
        text.AppendLine();
        text.AppendLine("| Spec | Spec bytes | Ours: files | lines | chars | of which runtime helpers: lines | NSwag: files | lines | chars | Lines, ours ÷ NSwag | without our helpers | Build warnings, ours / NSwag |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var spec in specs)
        {
            var ours = spec.Ours.Total;
            var nswag = spec.NSwag.Total;
            text.AppendLine(Invariant, $"| {spec.Spec.FileName} | {spec.Spec.Bytes:N0} | {Volume(ours)} | {spec.Ours.Helpers?.Lines.ToString("N0", Invariant) ?? "–"} | {Volume(nswag)} | {Ratio(LineRatio(ours, nswag))} | {Ratio(LineRatio(spec.Ours.SpecCode, nswag))} | {Warnings(spec.Ours)} / {Warnings(spec.NSwag)} |");
        }

        text.AppendLine();
        AppendBuildTimes(text, specs, builds, settings.SharedCompiler);
        AppendTargets(text, specs, builds, settings.SharedCompiler);
        return text.ToString();
    }

    public static string Csv(IReadOnlyList<BuildMeasurement> builds)
    {
        var text = new StringBuilder("spec,generator,round,position,exit_code,wall_s,user_s,sys_s,warnings\n");
        foreach (var build in builds)
        {
            text.AppendLine(Invariant, $"{build.Spec.FileName},{build.Generator},{build.Round},{build.Position},{build.Run.ExitCode},{build.Run.Wall.TotalSeconds:F3},{build.Run.Usage?.User.TotalSeconds.ToString("F3", Invariant)},{build.Run.Usage?.System.TotalSeconds.ToString("F3", Invariant)},{build.Warnings}");
        }

        return text.ToString();
    }

    private static void AppendBuildTimes(StringBuilder text, IReadOnlyList<SpecResult> specs, IReadOnlyList<BuildMeasurement> builds, bool sharedCompiler)
    {
        var timed = specs.Where(spec => Counted(builds, spec.Spec, ClientGenerator.Ours).Count > 0).ToList();
        if (timed.Count == 0)
        {
            return;
        }

        text.AppendLine("#### Full build time, seconds");
        text.AppendLine();
        text.AppendLine("Wall time of `dotnet build` as a whole, and CPU time (user + system) of every process it ran. Ratios are ours ÷ NSwag pair by pair (the two builds of one round), then their median, min and max.");
        if (sharedCompiler)
        {
            text.AppendLine();
            text.AppendLine("**The builds used the compiler server**: its work (the compilation, our generator in it) ran outside the builds' process trees, so there is no complete CPU time to show; compare wall times.");
        }

        text.AppendLine();
        text.AppendLine("| Spec | Rounds | Ours: wall median | min | NSwag: wall median | min | Wall ratio: median | min–max | Ours: CPU median | NSwag: CPU median | CPU ratio: median | min–max |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---|");
        foreach (var spec in timed)
        {
            var ours = Counted(builds, spec.Spec, ClientGenerator.Ours);
            var nswag = Counted(builds, spec.Spec, ClientGenerator.NSwag);
            var wallRatios = Ratios(builds, spec.Spec, run => run.Wall.TotalSeconds);
            var cpu = CpuTime(sharedCompiler);
            var cpuRatios = Ratios(builds, spec.Spec, cpu);
            text.AppendLine(Invariant, $"| {spec.Spec.FileName} | {wallRatios.Count} | {Seconds(Median(ours.Select(run => run.Wall.TotalSeconds)))} | {Seconds(ours.Min(run => run.Wall.TotalSeconds))} "
                + $"| {Seconds(Median(nswag.Select(run => run.Wall.TotalSeconds)))} | {Seconds(nswag.Min(run => run.Wall.TotalSeconds))} "
                + $"| {Ratio(Median(wallRatios))} | {Range(wallRatios)} "
                + $"| {Seconds(Median(ours.Select(cpu)))} | {Seconds(Median(nswag.Select(cpu)))} "
                + $"| {Ratio(Median(cpuRatios))} | {Range(cpuRatios)} |");
        }

        text.AppendLine();
    }

    private static void AppendTargets(StringBuilder text, IReadOnlyList<SpecResult> specs, IReadOnlyList<BuildMeasurement> builds, bool sharedCompiler)
    {
        var given = specs.Where(spec => spec.Spec.Group == ComparedSpecs.GivenGroup).ToList();
        if (given.Count == 0)
        {
            return;
        }

        text.AppendLine("#### Against the targets (issue 9, for the real-world specs given on the command line)");
        text.AppendLine();
        text.AppendLine("| Spec | Target | Measured | Met? |");
        text.AppendLine("|---|---|---:|---|");
        foreach (var spec in given)
        {
            var lines = LineRatio(spec.Ours.Total, spec.NSwag.Total);
            text.AppendLine(Invariant, $"| {spec.Spec.FileName} | generated lines ≤ {LinesTarget}× NSwag's (all the compiler gets) | {Ratio(lines)} | {Met(lines, LinesTarget)} |");
            var specLines = LineRatio(spec.Ours.SpecCode, spec.NSwag.Total);
            text.AppendLine(Invariant, $"| {spec.Spec.FileName} | the same without our runtime helpers | {Ratio(specLines)} | {Met(specLines, LinesTarget)} |");
            var wall = Median(Ratios(builds, spec.Spec, run => run.Wall.TotalSeconds));
            text.AppendLine(Invariant, $"| {spec.Spec.FileName} | full build ≤ {BuildTimeTarget}× NSwag's generate + build (median wall ratio) | {Ratio(wall)} | {Met(wall, BuildTimeTarget)} |");
            var cpu = Median(Ratios(builds, spec.Spec, CpuTime(sharedCompiler)));
            if (cpu is not null)
            {
                text.AppendLine(Invariant, $"| {spec.Spec.FileName} | the same in CPU time (median CPU ratio) | {Ratio(cpu)} | {Met(cpu, BuildTimeTarget)} |");
            }
        }

        text.AppendLine();
    }

    /// <summary>A build's CPU time, when it is complete: not with the compiler server, whose work is outside the build's processes.</summary>
    private static Func<CommandRun, double?> CpuTime(bool sharedCompiler)
        => sharedCompiler ? _ => null : run => run.Usage?.Cpu.TotalSeconds;

    private static List<CommandRun> Counted(IReadOnlyList<BuildMeasurement> builds, ComparedSpec spec, ClientGenerator generator)
        => builds.Where(build => build.Spec == spec && build.Generator == generator && build.Counted).Select(build => build.Run).ToList();

    /// <summary>Ours ÷ NSwag for each round in which both builds succeeded.</summary>
    private static List<double> Ratios(IReadOnlyList<BuildMeasurement> builds, ComparedSpec spec, Func<CommandRun, double?> figure)
        => builds.Where(build => build.Spec == spec && build.Generator == ClientGenerator.Ours && build.Counted)
            .Join(
                builds.Where(build => build.Spec == spec && build.Generator == ClientGenerator.NSwag && build.Counted),
                build => build.Round,
                build => build.Round,
                (ours, nswag) => figure(ours.Run) / figure(nswag.Run))
            .OfType<double>()
            .ToList();

    private static double? Median(IEnumerable<double?> values) => Median(values.OfType<double>());

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Volume(CodeVolume? volume)
        => volume is null ? "build failed | – | –" : string.Create(Invariant, $"{volume.Files:N0} | {volume.Lines:N0} | {volume.Characters:N0}");

    private static double? LineRatio(CodeVolume? ours, CodeVolume? nswag)
        => ours is not null && nswag is { Lines: > 0 } ? (double)ours.Lines / nswag.Lines : null;

    private static string Warnings(GeneratedOutput output) => output.Warnings?.ToString(Invariant) ?? "?";

    private static string Seconds(double? seconds) => seconds?.ToString("F1", Invariant) ?? "–";

    private static string Ratio(double? ratio) => ratio is null ? "–" : ratio.Value.ToString("F2", Invariant) + "×";

    private static string Range(List<double> ratios) => ratios.Count == 0 ? "–" : $"{ratios.Min().ToString("F2", Invariant)}–{ratios.Max().ToString("F2", Invariant)}";

    private static string Met(double? ratio, double target) => ratio is null ? "not measured" : ratio <= target ? "**yes**" : "**no**";
}
