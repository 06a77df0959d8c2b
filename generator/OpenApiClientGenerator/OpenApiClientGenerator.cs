using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator;

/// <summary>
/// Generates a typed client from each OpenApiSpec item: spec text (and its baseline, if it names one) →
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

        var baselines = files
            .Select(static (pair, cancellationToken) => SpecInputReader.ReadBaseline(pair.Left, pair.Right, cancellationToken))
            .Where(static baseline => baseline is not null)
            .Select(static (baseline, _) => baseline!)
            .Collect()
            .WithTrackingName(TrackingNames.Baselines);

        var specs = files
            .Select(static (pair, cancellationToken) => SpecInputReader.Read(pair.Left, pair.Right, cancellationToken))
            .Where(static input => input is not null)
            .Select(static (input, _) => input!)
            .Combine(baselines)
            .Select(static (pair, _) => SpecInputReader.AttachBaseline(pair.Left, pair.Right))
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

    private static GenerationResult ParseGuarded(SpecInput input, System.Threading.CancellationToken cancellationToken)
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
