using System;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// The generator as the compiler runs it (a GeneratorDriver over a compilation), per spec:
/// <list type="bullet">
/// <item><see cref="Cold"/>: a new driver, one run: read, parse and emit everything (a command-line build).</item>
/// <item><see cref="UnrelatedEdit"/>: a driver that already ran sees a compilation with a C# file added or removed (typing in the IDE).</item>
/// <item><see cref="SpecEdit"/>: a driver that already ran sees the spec text changed (saving an edited spec): parse and emit again.</item>
/// <item><see cref="Parse"/> and <see cref="Emit"/>: the two stages of a cold run on their own, without the driver.</item>
/// </list>
/// The incremental benchmarks alternate between two prepared states, so every measured run sees a change.
/// One process per benchmark and spec; fixed warmup and iteration counts keep the whole run to a few minutes on 2 cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 8, iterationCount: 30)]
public class GeneratorBenchmarks
{
    private AdditionalText _spec = null!;
    private AdditionalText _editedSpec = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _compilationWithUnrelatedFile = null!;
    private GeneratorDriver _unrelatedEditDriver = null!;
    private GeneratorDriver _specEditDriver = null!;
    private bool _unrelatedFileAdded;
    private bool _specEdited;
    private SpecInput _input = null!;
    private ClientModel _client = null!;

    [Params(Specs.PartnerCenter, Specs.Synthetic)]
    public string Spec { get; set; } = Specs.PartnerCenter;

    [GlobalSetup]
    public void Setup()
    {
        GeneratorHost.WarmUp();
        var text = Specs.Load(Spec);
        var editedText = Specs.Edit(text);

        foreach (var line in PipelineCheck.Run(Specs.PathOf(Spec), text, editedText))
        {
            Console.WriteLine($"// [{Spec}] {line}");
        }

        _spec = GeneratorHost.Spec(Specs.PathOf(Spec), text);
        _editedSpec = GeneratorHost.Spec(Specs.PathOf(Spec), editedText);
        _compilation = GeneratorHost.NewCompilation();
        _compilationWithUnrelatedFile = _compilation.AddSyntaxTrees(GeneratorHost.UnrelatedTree(1));

        // Drivers that already ran once, without step tracking (as in a real build or IDE session).
        _unrelatedEditDriver = GeneratorHost.NewDriver(_spec).RunGenerators(_compilation);
        _unrelatedFileAdded = false;
        _specEditDriver = GeneratorHost.NewDriver(_spec).RunGenerators(_compilation);
        _specEdited = false;

        _input = SpecInputReader.Read(_spec, GeneratorHost.Options, CancellationToken.None)
            ?? throw new InvalidOperationException("The spec is not an OpenApiSpec item.");
        _client = SpecParser.Parse(_input, CancellationToken.None).Result.Client
            ?? throw new InvalidOperationException("The spec gave no client.");
    }

    /// <summary>A new driver over a new compilation, one run: what a command-line build pays.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold()
        => GeneratorHost.NewDriver(_spec).RunGenerators(GeneratorHost.NewCompilation());

    /// <summary>The parsing stage alone: spec text → equatable model and diagnostics.</summary>
    [Benchmark]
    public object Parse() => SpecParser.Parse(_input, CancellationToken.None);

    /// <summary>The emitting stage alone: model → C# source text of every generated file.</summary>
    [Benchmark]
    public int Emit()
    {
        var length = 0;
        foreach (var source in SourceEmitter.Emit(_client, CancellationToken.None))
        {
            length += source.Text.Length;
        }

        return length;
    }

    /// <summary>A C# file unrelated to the spec is added (or removed, every other run): the spec steps are cached.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit()
    {
        var next = _unrelatedFileAdded ? _compilation : _compilationWithUnrelatedFile;
        _unrelatedFileAdded = !_unrelatedFileAdded;
        return _unrelatedEditDriver = _unrelatedEditDriver.RunGenerators(next);
    }

    /// <summary>The spec text changes (edited, or back, every other run): parse and emit again.</summary>
    [Benchmark]
    public GeneratorDriver SpecEdit()
    {
        var (from, to) = _specEdited ? (_editedSpec, _spec) : (_spec, _editedSpec);
        _specEdited = !_specEdited;
        return _specEditDriver = _specEditDriver.ReplaceAdditionalText(from, to).RunGenerators(_compilation);
    }
}
