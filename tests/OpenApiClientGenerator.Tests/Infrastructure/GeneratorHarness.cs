using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>A spec as the generator receives it: an AdditionalFile with OpenApiSpec item metadata.</summary>
/// <param name="Baseline">The item's Baseline option (a full path, as the package's targets pass it), if any.</param>
internal sealed record SpecFile(string Path, string Text, string? Namespace = null, string? ClientName = null, string? Baseline = null)
{
    public static SpecFile FromDisk(string path, string? @namespace = null, string? clientName = null)
        => new(path, File.ReadAllText(path), @namespace, clientName);
}

/// <summary>A spec's baseline as the package's targets pass it: an AdditionalFile marked OpenApiBaselineFile.</summary>
internal sealed record BaselineFile(string Path, string Text);

/// <summary>An OpenApiSpecReference item (a document specs $ref into) as the package's targets pass it.</summary>
internal sealed record ReferenceFile(string Path, string Text)
{
    public static ReferenceFile FromDisk(string path) => new(path, File.ReadAllText(path));
}

/// <summary>
/// Runs the generator the way the compiler does (a GeneratorDriver over a compilation, AdditionalFiles and
/// analyzer-config options), so tests see exactly what a build would produce, and keeps the driver for incremental runs.
/// </summary>
internal sealed class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    // Diagnose: generated XML docs must be well-formed and complete, as in a project that packs its documentation.
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private readonly Dictionary<string, AdditionalText> _additionalTexts;
    private GeneratorDriver _driver;
    private CSharpCompilation _compilation;

    public GeneratorHarness(params SpecFile[] specs)
        : this(specs, Array.Empty<BaselineFile>())
    {
    }

    /// <param name="specs">The OpenApiSpec items.</param>
    /// <param name="baselines">Their baselines.</param>
    /// <param name="references">The OpenApiSpecReference items.</param>
    /// <param name="assemblyName">The compilation's assembly name.</param>
    /// <param name="code">The project's own code (a program with an entry point when null).</param>
    /// <param name="metadataReferences">Assemblies the project references besides the framework.</param>
    public GeneratorHarness(
        IReadOnlyList<SpecFile> specs,
        IReadOnlyList<BaselineFile> baselines,
        IReadOnlyList<ReferenceFile>? references = null,
        string assemblyName = "Consumer",
        string? code = null,
        IEnumerable<MetadataReference>? metadataReferences = null)
    {
        references ??= Array.Empty<ReferenceFile>();
        _additionalTexts = specs.Select(spec => (spec.Path, spec.Text))
            .Concat(baselines.Select(baseline => (baseline.Path, baseline.Text)))
            .Concat(references.Select(reference => (reference.Path, reference.Text)))
            .ToDictionary(file => file.Path, file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text));
        _compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(code ?? "namespace Consumer;\n/// <summary>The consumer.</summary>\npublic static class Program\n{\n    /// <summary>Its entry point.</summary>\n    public static void Main() { }\n}", ParseOptions) },
            References.Value.AddRange(metadataReferences ?? Array.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        _driver = CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            _additionalTexts.Values,
            ParseOptions,
            new SpecOptionsProvider(specs, baselines, references),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorRunResult Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(_compilation, out var output, out _, CancellationToken.None);
        LastOutputCompilation = output;
        return _driver.GetRunResult().Results.Single();
    }

    public Compilation? LastOutputCompilation { get; private set; }

    /// <summary>Adds an unrelated C# file, as a user typing in the IDE would.</summary>
    public void AddUnrelatedCode(string code)
        => _compilation = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, ParseOptions));

    /// <summary>Replaces the text of a spec or baseline (same path), as saving an edited file would.</summary>
    public void EditSpec(string path, string newText)
    {
        var replacement = new InMemoryAdditionalText(path, newText);
        _driver = _driver.ReplaceAdditionalText(_additionalTexts[path], replacement);
        _additionalTexts[path] = replacement;
    }

    /// <summary>
    /// What the generator emits from the specs themselves: not the runtime helpers, nor the definition of the attribute
    /// that marks them (added to every compilation the generator runs in), which are the same for every spec.
    /// </summary>
    public static IEnumerable<GeneratedSourceResult> SpecSources(GeneratorRunResult result)
        => result.GeneratedSources.Where(source => !source.HintName.StartsWith("OpenApiClientGenerator.Runtime/", StringComparison.Ordinal)
            && !source.HintName.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal));

    /// <summary>Errors and warnings of compiling the generated code together with the consumer code.</summary>
    public static IReadOnlyList<Diagnostic> CompileProblems(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Serves the OpenApiSpec item metadata (build_metadata.AdditionalFiles.*) the package's props make visible.</summary>
    private sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, Options> _byPath;

        public SpecOptionsProvider(IEnumerable<SpecFile> specs, IEnumerable<BaselineFile> baselines, IEnumerable<ReferenceFile> references)
        {
            _byPath = specs.ToDictionary(spec => spec.Path, spec =>
            {
                var values = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiSpec"] = "true" };
                if (spec.Namespace is not null)
                {
                    values["build_metadata.AdditionalFiles.OpenApiNamespace"] = spec.Namespace;
                }

                if (spec.ClientName is not null)
                {
                    values["build_metadata.AdditionalFiles.OpenApiClientName"] = spec.ClientName;
                }

                if (spec.Baseline is not null)
                {
                    values["build_metadata.AdditionalFiles.OpenApiBaseline"] = spec.Baseline;
                }

                return new Options(values);
            });
            foreach (var baseline in baselines)
            {
                _byPath[baseline.Path] = new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiBaselineFile"] = "true" });
            }

            foreach (var reference in references)
            {
                _byPath[reference.Path] = new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.OpenApiSpecReference"] = "true" });
            }
        }

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
