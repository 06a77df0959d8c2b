using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiClientGenerator.Compatibility;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator;

/// <summary>
/// Generates a typed client from each OpenApiSpec item: spec text (with the documents it $refs into) →
/// <see cref="SpecParser"/> → equatable <see cref="ClientModel"/> → one <see cref="SourceUnit"/> per file → <see cref="SourceEmitter"/>. Diagnostics travel apart
/// from the model (their locations move with every edit, the model does not), so an edit that leaves the model equal
/// emits nothing; a spec's baseline is parsed in a step of its own. Nothing escapes into the compiler: an unexpected
/// failure becomes diagnostic OAG010 naming the spec.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The runtime helpers are internal to each compilation and marked [Embedded], so a project that sees another's
        // internals (InternalsVisibleTo) does not see two copies of them.
        context.RegisterPostInitializationOutput(static context => context.AddEmbeddedAttributeDefinition());

        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);

        var baselineFiles = Pick(files, SpecInputReader.ReadBaseline).Collect().WithTrackingName(TrackingNames.Baselines);
        var documents = Pick(files, SpecInputReader.ReadDocument).Collect().WithTrackingName(TrackingNames.Documents);

        var specs = Pick(files, SpecInputReader.Read)
            .Combine(baselineFiles)
            .Select(static (pair, _) => SpecInputReader.AttachBaseline(pair.Left, pair.Right))
            .Combine(documents)
            .Select(static (pair, _) => SpecInputReader.AttachDocuments(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SpecInputs);

        // The baseline's text is not part of the parse's input, so editing the baseline does not parse the spec again.
        var parsed = specs
            .Select(static (input, _) => input with { Baseline = null })
            .Select(static (input, cancellationToken) => ParseGuarded(input, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        var models = parsed
            .Select(static (spec, _) => spec.Result.Client)
            .WithTrackingName(TrackingNames.Models);

        // One cached unit per generated file, written against the documentation-free shapes of the spec's types: an
        // edit re-emits only the files whose part of the model changed (a description: the file that carries it).
        var sources = models
            .SelectMany(static (client, _) => PlanGuarded(client))
            .WithTrackingName(TrackingNames.Sources);
        var shapes = models
            .Where(static client => client is not null)
            .Select(static (client, _) => TypeShapes.Of(client!))
            .WithTrackingName(TrackingNames.TypeShapes)
            .Collect();

        context.RegisterSourceOutput(sources.Combine(shapes), static (context, pair) => EmitGuarded(context, pair.Left, pair.Right));

        var baselines = specs
            .Select(static (input, _) => input.Baseline is { } baseline ? new BaselineInput(input.Path, baseline, input.Options, input.Documents) : null)
            .Where(static input => input is not null)
            .Select(static (input, cancellationToken) => ParseBaselineGuarded(input!, cancellationToken))
            .WithTrackingName(TrackingNames.BaselineModels)
            .Collect();

        var diagnostics = parsed
            .Combine(baselines)
            .Select(static (pair, cancellationToken) => DiagnoseGuarded(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(diagnostics, static (context, found) =>
        {
            foreach (var diagnostic in found)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var runtimeNeeded = models
            .Collect()
            .Select(static (all, _) => RuntimeParts.Of(all))
            .WithTrackingName(TrackingNames.RuntimeNeeded);

        context.RegisterSourceOutput(runtimeNeeded, static (context, parts) =>
        {
            if (parts.Needed)
            {
                foreach (var source in RuntimeEmitter.Emit(parts))
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

    private static ParsedSpec ParseGuarded(SpecInput input, CancellationToken cancellationToken)
    {
        try
        {
            return SpecParser.Parse(input, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ParsedSpec(new GenerationResult(input.Path, null, new[] { Unexpected(input.Path, ex) }.ToEquatableArray()), null);
        }
    }

    private static BaselineModel ParseBaselineGuarded(BaselineInput input, CancellationToken cancellationToken)
    {
        try
        {
            return BaselineCheck.Parse(input, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new BaselineModel(input.SpecPath, input.Baseline.Path, null, $"cannot be read ({ex.GetType().Name}: {ex.Message})", null);
        }
    }

    /// <summary>The spec's own diagnostics, then its breaking changes against its baseline (when it names one).</summary>
    private static EquatableArray<DiagnosticInfo> DiagnoseGuarded(ParsedSpec spec, ImmutableArray<BaselineModel> baselines, CancellationToken cancellationToken)
    {
        var path = spec.Result.SpecPath;
        if (baselines.FirstOrDefault(baseline => baseline.SpecPath == path) is not { } baseline)
        {
            return spec.Result.Diagnostics;
        }

        try
        {
            return spec.Result.Diagnostics.Concat(BaselineCheck.Diagnose(spec, baseline, cancellationToken)).ToEquatableArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return spec.Result.Diagnostics.Append(Unexpected(path, ex)).ToEquatableArray();
        }
    }

    /// <summary>The client's files, or one unit carrying the failure when planning them threw (reported as OAG010 when emitted).</summary>
    private static ImmutableArray<SourceUnit> PlanGuarded(ClientModel? client)
    {
        if (client is null)
        {
            return ImmutableArray<SourceUnit>.Empty;
        }

        try
        {
            return SourcePlanner.Plan(client).ToImmutableArray();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ImmutableArray.Create(new SourceUnit(SourceKind.Client, string.Empty, client, EquatableArray<TypeModel>.Empty) { Failure = (ex.GetType().Name, ex.Message) });
        }
    }

    private static void EmitGuarded(SourceProductionContext context, SourceUnit unit, ImmutableArray<TypeShapes> shapes)
    {
        if (unit.Failure is { } failure)
        {
            context.ReportDiagnostic(Unexpected(unit.Client.SpecPath, failure.Type, failure.Message).ToDiagnostic());
            return;
        }

        try
        {
            var types = shapes.First(shape => shape.SpecPath == unit.Client.SpecPath).Catalog();
            var source = SourceEmitter.Emit(unit, types);
            context.AddSource(source.HintName, source.Text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            context.ReportDiagnostic(Unexpected(unit.Client.SpecPath, ex).ToDiagnostic());
        }
    }

    private static DiagnosticInfo Unexpected(string path, Exception ex) => Unexpected(path, ex.GetType().Name, ex.Message);

    private static DiagnosticInfo Unexpected(string path, string exceptionType, string message)
        => DiagnosticInfo.Create(DiagnosticDescriptors.UnexpectedError, new LocationInfo(path, 0, 0, 0, 0, 0, 0), exceptionType, message);
}
