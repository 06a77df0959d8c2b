using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator;

/// <summary>
/// Generates a typed client from each OpenApiSpec item: spec text (with the documents it $refs into, and its baseline) →
/// <see cref="SpecParser"/> (equatable model and diagnostics, breaking changes against the baseline among them) →
/// <see cref="SourceEmitter"/>. Unchanged specs are cached at the model step, so unrelated edits cost nothing.
/// Nothing escapes into the compiler: an unexpected failure becomes diagnostic OAG010 naming the spec.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);

        var baselines = Pick(files, SpecInputReader.ReadBaseline).Collect().WithTrackingName(TrackingNames.Baselines);
        var documents = Pick(files, SpecInputReader.ReadDocument).Collect().WithTrackingName(TrackingNames.Documents);

        var specs = Pick(files, SpecInputReader.Read)
            .Combine(baselines)
            .Select(static (pair, _) => SpecInputReader.AttachBaseline(pair.Left, pair.Right))
            .Combine(documents)
            .Select(static (pair, _) => SpecInputReader.AttachDocuments(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecInputs);

        var models = specs
            .Select(static (input, cancellationToken) => ParseGuarded(input, cancellationToken))
            .WithTrackingName(TrackingNames.Models);

        context.RegisterSourceOutput(models, static (context, result) => EmitGuarded(context, result));

        var runtimeNeeded = models
            .Collect()
            .Select(static (all, _) => all.Any(static result => result.Client is not null))
            .WithTrackingName(TrackingNames.RuntimeNeeded);

        context.RegisterSourceOutput(runtimeNeeded, static (context, needed) =>
        {
            if (needed)
            {
                foreach (var source in RuntimeEmitter.Emit())
                {
                    context.AddSource(source.HintName, source.Text);
                }
            }
        });
    }

    /// <summary>The files <paramref name="read"/> makes something of (it returns null for the others).</summary>
    private static IncrementalValuesProvider<T> Pick<T>(
        IncrementalValuesProvider<(AdditionalText Left, AnalyzerConfigOptionsProvider Right)> files,
        Func<AdditionalText, AnalyzerConfigOptionsProvider, CancellationToken, T?> read)
        where T : class
        => files
            .Select((pair, cancellationToken) => read(pair.Left, pair.Right, cancellationToken))
            .Where(static item => item is not null)
            .Select(static (item, _) => item!);

    private static GenerationResult ParseGuarded(SpecInput input, CancellationToken cancellationToken)
    {
        try
        {
            return SpecParser.Parse(input, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new GenerationResult(input.Path, null, new[] { Unexpected(input.Path, ex) }.ToEquatableArray());
        }
    }

    private static void EmitGuarded(SourceProductionContext context, GenerationResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (result.Client is not { } client)
        {
            return;
        }

        try
        {
            foreach (var source in SourceEmitter.Emit(client, context.CancellationToken))
            {
                context.AddSource(source.HintName, source.Text);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Unexpected(result.SpecPath, ex).ToDiagnostic());
        }
    }

    private static DiagnosticInfo Unexpected(string path, Exception ex)
        => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, new LocationInfo(path, 0, 0, 0, 0, 0, 0), ex.GetType().Name, ex.Message);
}
