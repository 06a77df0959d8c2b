using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// A control for <see cref="GeneratorBenchmarks.UnrelatedEdit"/>: what Roslyn's GeneratorDriver itself costs per
/// unrelated edit for a generator whose outputs are all cached, as a function of how many files it generates. The
/// generator here does no work (one cached input, tiny constant files) and uses the hint names the real generator
/// produces for the synthetic spec (686), continued in the same style beyond that, so the only variable is the file count.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 6, iterationCount: 20)]
public class HintNameOverheadBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationWithUnrelatedFile = null!;
    private GeneratorDriver _driver = null!;
    private bool _unrelatedFileAdded;

    [Params(250, 500, 1000, 2000)]
    public int FileCount { get; set; } = 250;

    [GlobalSetup]
    public void Setup()
    {
        GeneratorHost.WarmUp();
        var spec = GeneratorHost.Spec(Specs.PathOf(Specs.Synthetic), Specs.Load(Specs.Synthetic));
        _compilation = GeneratorHost.NewCompilation();
        _compilationWithUnrelatedFile = _compilation.AddSyntaxTrees(GeneratorHost.UnrelatedTree(1));

        var realNames = GeneratorHost.NewDriver(spec).RunGenerators(_compilation).GetRunResult().Results.Single()
            .GeneratedSources.Select(source => source.HintName).ToList();
        var modelFolder = realNames.First(name => name.Contains("/Models/", StringComparison.Ordinal));
        modelFolder = modelFolder.Substring(0, modelFolder.LastIndexOf('/') + 1);
        var hintNames = realNames
            .Concat(Enumerable.Range(1, Math.Max(0, FileCount - realNames.Count)).Select(i => $"{modelFolder}AdditionalModel{i}.g.cs"))
            .Take(FileCount)
            .ToImmutableArray();

        _driver = CSharpGeneratorDriver.Create(
                new[] { new ConstantFilesGenerator(hintNames).AsSourceGenerator() },
                new[] { spec },
                GeneratorHost.ParseOptions,
                GeneratorHost.Options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false))
            .RunGenerators(_compilation);
        _unrelatedFileAdded = false;
    }

    /// <summary>Same alternation as <see cref="GeneratorBenchmarks.UnrelatedEdit"/>.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit()
    {
        var next = _unrelatedFileAdded ? _compilation : _compilationWithUnrelatedFile;
        _unrelatedFileAdded = !_unrelatedFileAdded;
        return _driver = _driver.RunGenerators(next);
    }

    /// <summary>Emits the given hint names with one tiny shared text, once per AdditionalFile.</summary>
    private sealed class ConstantFilesGenerator : IIncrementalGenerator
    {
        private static readonly SourceText Text = SourceText.From("// generated\n", Encoding.UTF8);

        private readonly ImmutableArray<string> _hintNames;

        public ConstantFilesGenerator(ImmutableArray<string> hintNames) => _hintNames = hintNames;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var hintNames = _hintNames;
            context.RegisterSourceOutput(context.AdditionalTextsProvider.Select(static (file, _) => file.Path), (production, _) =>
            {
                foreach (var hintName in hintNames)
                {
                    production.AddSource(hintName, Text);
                }
            });
        }
    }
}
