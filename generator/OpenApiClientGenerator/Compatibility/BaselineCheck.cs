using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;

namespace OpenApiClientGenerator.Compatibility;

/// <summary>
/// Checks a spec against its baseline (the spec as callers last saw it): generates the baseline's model with the same
/// options, compares the two (<see cref="ApiSurfaceComparer"/>) and reports each breaking change (OAG014) at the
/// changed node of the current spec, or for something removed, at the nearest node that is still there.
/// A baseline that is missing or unreadable is reported once (OAG015) and nothing is compared. The baseline's references to
/// other files are read from the project's current documents.
/// </summary>
internal static class BaselineCheck
{
    /// <summary>
    /// The baseline's side of the comparison, parsed on its own (a pipeline step of its own, so an edit of the spec does
    /// not parse its unchanged baseline again).
    /// </summary>
    public static BaselineModel Parse(BaselineInput input, CancellationToken cancellationToken)
    {
        var baseline = input.Baseline;
        if (baseline.Text is null)
        {
            return new BaselineModel(input.SpecPath, baseline.Path, null, "was not found", null);
        }

        var parsed = SpecParser.ParseDocument(baseline.Path, baseline.Text, input.Options, input.Documents, cancellationToken);
        if (parsed.Result.Client is { } client)
        {
            return new BaselineModel(input.SpecPath, baseline.Path, client, null, null);
        }

        var error = parsed.Result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        var reason = "cannot be read (" + (error?.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture) ?? "no client is generated from it") + ")";
        return new BaselineModel(input.SpecPath, baseline.Path, null, reason, error?.Location);
    }

    /// <summary>The breaking changes from <paramref name="baseline"/> to the current spec, located in the current spec.</summary>
    public static IReadOnlyList<DiagnosticInfo> Diagnose(ParsedSpec current, BaselineModel baseline, CancellationToken cancellationToken)
    {
        if (current.Document is not { } document || current.Result.Client is not { } client)
        {
            return Array.Empty<DiagnosticInfo>();
        }

        if (baseline.Client is not { } baselineClient)
        {
            var location = baseline.ProblemLocation ?? Parsing.Documents.SpecDocument.LocationOf(document.Path, document.TextMap, document.Root.Start, 0);
            return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.BaselineUnavailable, location, baseline.Path, baseline.Problem ?? "cannot be read") };
        }

        var baselineName = Path.GetFileName(baseline.Path);
        return ApiSurfaceComparer.Compare(baselineClient, client, cancellationToken)
            .Select(change => DiagnosticInfo.Create(DiagnosticDescriptors.BreakingChange, document.LocationOf(document.FindNearest(change.Pointer)), change.Pointer, change.Description, baselineName))
            .ToList();
    }
}

/// <summary>What a spec's baseline is compared with: the baseline file, and the options and documents the spec is generated with.</summary>
internal sealed record BaselineInput(string SpecPath, SpecBaseline Baseline, GeneratorOptions Options, EquatableArray<DocumentText> Documents);

/// <summary>
/// A spec's baseline, parsed: its model, or why there is none (<paramref name="Problem"/>, located in the baseline file when
/// it could be read).
/// </summary>
internal sealed record BaselineModel(string SpecPath, string Path, ClientModel? Client, string? Problem, LocationInfo? ProblemLocation);
