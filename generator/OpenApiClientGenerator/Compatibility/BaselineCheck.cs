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
    public static IReadOnlyList<DiagnosticInfo> Run(ParsedSpec current, SpecBaseline baseline, SpecInput input, CancellationToken cancellationToken)
    {
        var document = current.Document!;
        var baselineName = Path.GetFileName(baseline.Path);
        if (baseline.Text is null)
        {
            return new[]
            {
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.BaselineUnavailable,
                    Parsing.Documents.SpecDocument.LocationOf(document.Path, document.TextMap, document.Root.Start, 0),
                    baseline.Path,
                    "was not found"),
            };
        }

        var parsedBaseline = SpecParser.ParseDocument(baseline.Path, baseline.Text, input.Options, input.Documents, cancellationToken);
        if (parsedBaseline.Result.Client is not { } baselineClient)
        {
            var error = parsedBaseline.Result.Diagnostics.FirstOrDefault(diagnostic => diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            return new[]
            {
                DiagnosticInfo.Create(
                    DiagnosticDescriptors.BaselineUnavailable,
                    error?.Location,
                    baseline.Path,
                    "cannot be read (" + (error?.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture) ?? "no client is generated from it") + ")"),
            };
        }

        return ApiSurfaceComparer.Compare(baselineClient, current.Result.Client!, cancellationToken)
            .Select(change =>
            {
                var node = document.FindNearest(change.Pointer);
                return DiagnosticInfo.Create(DiagnosticDescriptors.BreakingChange, document.LocationOf(node), change.Pointer, change.Description, baselineName);
            })
            .ToList();
    }
}
