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

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// Drives the generator the way the compiler does: a <see cref="CSharpGeneratorDriver"/> over a compilation, with the
/// spec as an in-memory AdditionalFile and the OpenApiSpec item metadata served by an analyzer-config options provider.
/// </summary>
internal static class GeneratorHost
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999);

    private static readonly SyntaxTree ProgramTree =
        CSharpSyntaxTree.ParseText("namespace Consumer; public static class Program { public static void Main() { } }", ParseOptions, path: "Program.cs");

    /// <summary>Loads the metadata references up front, so no measured run pays for reading them.</summary>
    public static void WarmUp() => _ = References.Value;

    /// <summary>A new consumer compilation (no generated code yet): one small user file and the framework references.</summary>
    public static CSharpCompilation NewCompilation()
        => CSharpCompilation.Create("Consumer", new[] { ProgramTree }, References.Value, CompilationOptions);

    /// <summary>A user file that has nothing to do with the spec, as typing in the IDE would add.</summary>
    public static SyntaxTree UnrelatedTree(int index)
        => CSharpSyntaxTree.ParseText(
            $"namespace Consumer; internal static class Unrelated{index} {{ public static int Answer() => {index}; }}",
            ParseOptions,
            path: $"Unrelated{index}.cs");

    /// <summary>A new driver with no state, as the compiler creates for a build.</summary>
    public static GeneratorDriver NewDriver(AdditionalText spec, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            new[] { spec },
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The analyzer-config options the compiler would pass: every AdditionalFile is an OpenApiSpec item.</summary>
    public static AnalyzerConfigOptionsProvider Options => SpecOptionsProvider.Instance;

    /// <summary>The spec as an AdditionalFile; the path decides YAML or JSON and the default client name.</summary>
    public static AdditionalText Spec(string path, string text) => new InMemoryAdditionalText(path, text);

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

    /// <summary>Every AdditionalFile is an OpenApiSpec item (build_metadata.AdditionalFiles.OpenApiSpec = true).</summary>
    private sealed class SpecOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly SpecOptionsProvider Instance = new();

        private static readonly Options SpecOptions = new(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.OpenApiSpec"] = "true",
            ["build_metadata.AdditionalFiles.OpenApiNamespace"] = "Consumer.Api",
        });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => SpecOptions;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
