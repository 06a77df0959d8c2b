using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// Checks, before anything is measured, that each scenario does what its name says: a cold run generates the client;
/// an unrelated edit is a changed compilation whose spec steps all come from the cache; a spec edit re-parses (the
/// Models step is Modified) and re-emits. Runs the same sequence as the benchmarks, with step tracking on.
/// </summary>
internal static class PipelineCheck
{
    public static IReadOnlyList<string> Run(string specPath, string text, string? editedText)
    {
        var report = new List<string>();
        var spec = GeneratorHost.Spec(specPath, text);
        var compilation = GeneratorHost.NewCompilation();
        var withUnrelated = compilation.AddSyntaxTrees(GeneratorHost.UnrelatedTree(1));

        // Cold.
        var driver = GeneratorHost.NewDriver(spec, trackSteps: true).RunGenerators(compilation);
        var cold = Single(driver);
        Require(cold.Exception is null, $"the generator threw: {cold.Exception}");
        var errors = cold.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Require(errors.Count == 0, "the spec has errors: " + string.Join("; ", errors));
        Require(cold.GeneratedSources.Length > 1, "nothing was generated");
        Require(Reasons(cold, TrackingNames.Models).All(r => r == IncrementalStepRunReason.New), "cold: Models is not New");
        var lazy = cold.GeneratedSources.Count(source => !source.SyntaxTree.TryGetRoot(out _));
        report.Add($"cold: {cold.GeneratedSources.Length} files, {cold.GeneratedSources.Sum(s => s.SourceText.Length):N0} chars, "
            + $"{cold.Diagnostics.Length} diagnostics ({Summarize(cold.Diagnostics)}); {Steps(cold)}; "
            + $"{lazy} of {cold.GeneratedSources.Length} generated trees not parsed yet (Roslyn parses them lazily)");
        report.Add("  files by folder: " + string.Join(", ", cold.GeneratedSources
            .GroupBy(source => source.HintName.Contains('/') ? source.HintName.Substring(0, source.HintName.LastIndexOf('/')) : "(root)")
            .Select(group => $"{group.Key} {group.Count()}")));
        var largest = cold.GeneratedSources.OrderByDescending(source => source.SourceText.Length).First();
        report.Add($"  largest file: {largest.HintName}, {largest.SourceText.Length:N0} chars");
        report.AddRange(cold.Diagnostics.Take(10).Select(d => "  " + d));

        // Unrelated edit, in both directions (the benchmark alternates between the two compilations).
        Require(!ReferenceEquals(compilation, withUnrelated) && withUnrelated.SyntaxTrees.Length == compilation.SyntaxTrees.Length + 1, "the unrelated edit did not change the compilation");
        foreach (var (label, next) in new[] { ("unrelated edit (file added)", withUnrelated), ("unrelated edit (file removed)", compilation) })
        {
            var before = Single(driver);
            driver = driver.RunGenerators(next);
            var after = Single(driver);
            foreach (var step in new[] { TrackingNames.SpecInputs, TrackingNames.Models, TrackingNames.RuntimeNeeded })
            {
                Require(Reasons(after, step).Length > 0 && Reasons(after, step).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), $"{label}: {step} was not cached ({string.Join(", ", Reasons(after, step))})");
            }

            Require(after.GeneratedSources.Select(s => s.SourceText).SequenceEqual(before.GeneratedSources.Select(s => s.SourceText)), $"{label}: the output changed");
            report.Add($"{label}: {Steps(after)}; output reused");
        }

        // Spec edit, in both directions (the benchmark alternates between the two texts).
        if (editedText is null)
        {
            report.Add("spec edit: not checked (no schema description to edit)");
            return report;
        }

        var edited = GeneratorHost.Spec(specPath, editedText);
        foreach (var (label, from, to) in new[] { ("spec edit", spec, edited), ("spec edit (back)", edited, spec) })
        {
            var before = Single(driver);
            driver = driver.ReplaceAdditionalText(from, to).RunGenerators(compilation);
            var after = Single(driver);
            Require(Reasons(after, TrackingNames.Models).Contains(IncrementalStepRunReason.Modified), $"{label}: Models is not Modified ({string.Join(", ", Reasons(after, TrackingNames.Models))})");
            var changed = after.GeneratedSources.Zip(before.GeneratedSources, (a, b) => a.SourceText.ToString() != b.SourceText.ToString()).Count(c => c);
            Require(changed > 0, $"{label}: no generated file changed");
            var outputs = after.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).ToList();
            var emitted = outputs.Count(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
            report.Add($"{label}: {Steps(after)}; {changed} generated file(s) changed; {emitted} of {outputs.Count} outputs re-emitted (the rest from the cache)");
        }

        return report;
    }

    /// <summary>Compiles the generated code with the consumer code: the synthetic spec must give a client that builds.</summary>
    public static IReadOnlyList<Diagnostic> CompileGenerated(string specPath, string text)
    {
        GeneratorHost.NewDriver(GeneratorHost.Spec(specPath, text))
            .RunGeneratorsAndUpdateCompilation(GeneratorHost.NewCompilation(), out var output, out _);
        return output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    private static GeneratorRunResult Single(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason).ToArray() : Array.Empty<IncrementalStepRunReason>();

    private static string Steps(GeneratorRunResult result)
        => string.Join(", ", new[] { TrackingNames.SpecInputs, TrackingNames.Models, TrackingNames.RuntimeNeeded }
            .Select(step => $"{step}={string.Join("/", Reasons(result, step))}"));

    private static string Summarize(IEnumerable<Diagnostic> diagnostics)
    {
        var groups = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}").ToList();
        return groups.Count == 0 ? "none" : string.Join(", ", groups);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark sanity check failed: " + message);
        }
    }
}
