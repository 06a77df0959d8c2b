using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Robustness that cannot be gamed: many seeded mutants of every spec we have. For each one the generator must not let
/// an exception escape, must report every problem as a diagnostic located inside the spec file, and whatever it
/// generates must compile. Set OPENAPI_MUTATION_SEED to explore other seeds; a failure names the seed and the mutations.
/// </summary>
public sealed class MutationTests
{
    private const int Mutants = 1200;
    private readonly ITestOutputHelper _output;

    public MutationTests(ITestOutputHelper output) => _output = output;

    private static IEnumerable<string> SourceSpecs()
        => SpecCorpusTests.SpecNames().Select(RepositoryPaths.TestSpec).Append(RepositoryPaths.PartnerCenterSpec);

    private static string Kind(string failure)
    {
        var match = System.Text.RegularExpressions.Regex.Match(failure, @"error CS\d+|OAG\d+|exception escaped: [\w.]+|harness failed: [\w.]+");
        return match.Success ? match.Value : failure;
    }

    [Fact]
    public void Mutated_specs_never_crash_are_diagnosed_in_place_and_generate_code_that_compiles()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("OPENAPI_MUTATION_SEED"), out var chosen) ? chosen : 20261124;
        var specs = SourceSpecs().Select(path => (Path: path, Text: File.ReadAllText(path))).ToList();
        var compiled = new ConcurrentDictionary<string, bool>();
        var failures = new ConcurrentBag<string>();
        var diagnosed = 0;
        var compiledCount = 0;
        var watch = Stopwatch.StartNew();

        Parallel.For(0, Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var (path, original) = specs[index % specs.Count];
            var random = new Random(unchecked(seed + (index * 7919)));
            var (text, mutations) = SpecMutator.Mutate(original, path.EndsWith(".json", StringComparison.Ordinal), random);
            var specPath = "/mutants/" + index + "-" + Path.GetFileName(path);
            var context = $"mutant {index} (seed {seed}) of {Path.GetFileName(path)}: {mutations}";
            try
            {
                var harness = new GeneratorHarness(new SpecFile(specPath, text, "Mutant", "MutantClient"));
                var result = harness.Run();
                if (result.Exception is not null)
                {
                    failures.Add($"{context}: exception escaped: {result.Exception}");
                    return;
                }

                foreach (var diagnostic in result.Diagnostics)
                {
                    var span = diagnostic.Location.GetLineSpan();
                    if (diagnostic.Id == "OAG010" || span.Path != specPath || diagnostic.Location.SourceSpan.Start < 0 || diagnostic.Location.SourceSpan.End > text.Length)
                    {
                        failures.Add($"{context}: badly placed or unexpected diagnostic {diagnostic}");
                    }
                }

                if (!result.Diagnostics.IsEmpty)
                {
                    System.Threading.Interlocked.Increment(ref diagnosed);
                }

                // Mutants often generate the same code; compile each distinct output once.
                var key = string.Join("\n", result.GeneratedSources.Select(source => source.HintName + "\n" + source.SourceText));
                if (GeneratorHarness.SpecSources(result).Any() && compiled.TryAdd(key, true))
                {
                    System.Threading.Interlocked.Increment(ref compiledCount);
                    var errors = harness.LastOutputCompilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                    if (errors.Count > 0)
                    {
                        failures.Add($"{context}: generated code does not compile: {errors[0]}");
                    }
                }
            }
            catch (Exception ex)
            {
                failures.Add($"{context}: the harness failed: {ex}");
            }

            if (!failures.IsEmpty && failures.Count == 1)
            {
                File.WriteAllText(Path.Combine(Path.GetTempPath(), $"openapi-mutant-{seed}-{index}.txt"), text);
            }
        });

        _output.WriteLine($"{Mutants} mutants of {specs.Count} specs in {watch.Elapsed}: {diagnosed} with diagnostics, {compiledCount} distinct outputs compiled.");
        // One example of each kind of failure is enough to act on.
        failures.GroupBy(Kind).Select(group => $"{group.Count()} x {group.First()}").ShouldBeEmpty();
        diagnosed.ShouldBeGreaterThan(Mutants / 4);
    }
}
