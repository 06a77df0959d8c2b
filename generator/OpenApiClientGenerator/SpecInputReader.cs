using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Naming;

namespace OpenApiClientGenerator;

/// <summary>
/// Picks the OpenApiSpec items and their baselines out of the AdditionalFiles and reads their options (item metadata
/// made visible to the compiler by the package's props: OpenApiSpec, OpenApiNamespace, OpenApiClientName,
/// OpenApiExceptionName, OpenApiBaseline on a spec; OpenApiBaselineFile on a baseline; OpenApiSpecReference on a document
/// that specs only <c>$ref</c> into).
/// </summary>
internal static class SpecInputReader
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!IsTrue(options, "OpenApiSpec"))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var @namespace = Metadata(options, "OpenApiNamespace")
            ?? (optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) && rootNamespace.Length > 0 ? rootNamespace : "OpenApi.Generated");
        var clientName = Metadata(options, "OpenApiClientName") ?? DefaultClientName(file.Path);
        var baseline = Metadata(options, "OpenApiBaseline") is { } baselinePath ? new SpecBaseline(baselinePath, null) : null;
        return new SpecInput(file.Path, text, new GeneratorOptions(@namespace, clientName, Metadata(options, "OpenApiExceptionName")), baseline);
    }

    /// <summary>A file marked as some spec's baseline, with its text; null for every other AdditionalFile.</summary>
    public static SpecBaseline? ReadBaseline(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
        => IsTrue(optionsProvider.GetOptions(file), "OpenApiBaselineFile")
            ? new SpecBaseline(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty)
            : null;

    /// <summary>A document a spec may $ref into (an OpenApiSpec or OpenApiSpecReference item), with its text; null for any other file.</summary>
    public static DocumentText? ReadDocument(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        return IsTrue(options, "OpenApiSpec") || IsTrue(options, "OpenApiSpecReference")
            ? new DocumentText(DocumentPaths.Resolve(file.Path, file.Path), file.GetText(cancellationToken)?.ToString() ?? string.Empty)
            : null;
    }

    /// <summary>
    /// Gives the spec the documents it may refer to: those whose file name its text mentions, and so on through theirs.
    /// Only those, so that editing a document re-runs the specs that use it and no other.
    /// </summary>
    public static SpecInput AttachDocuments(SpecInput input, ImmutableArray<DocumentText> documents)
    {
        if (documents.Length < 2)
        {
            return input;
        }

        var self = DocumentPaths.Resolve(input.Path, input.Path);
        var attached = new List<DocumentText>();
        var pending = new Queue<string>();
        pending.Enqueue(input.Text);
        while (pending.Count > 0)
        {
            var text = pending.Dequeue();
            foreach (var document in documents)
            {
                if (!string.Equals(document.Path, self, StringComparison.OrdinalIgnoreCase)
                    && !attached.Contains(document)
                    && text.IndexOf(Path.GetFileName(document.Path), StringComparison.Ordinal) >= 0)
                {
                    attached.Add(document);
                    pending.Enqueue(document.Text);
                }
            }
        }

        return attached.Count == 0
            ? input
            : input with { Documents = attached.OrderBy(document => document.Path, StringComparer.Ordinal).ToEquatableArray() };
    }

    /// <summary>Gives the spec the text of the baseline it names, matched by full path; the text stays null when none matches.</summary>
    public static SpecInput AttachBaseline(SpecInput input, ImmutableArray<SpecBaseline> baselines)
    {
        if (input.Baseline is not { } wanted)
        {
            return input;
        }

        var wantedPath = DocumentPaths.Resolve(wanted.Path, input.Path);
        foreach (var baseline in baselines)
        {
            if (string.Equals(DocumentPaths.Resolve(baseline.Path, input.Path), wantedPath, StringComparison.OrdinalIgnoreCase))
            {
                return input with { Baseline = baseline };
            }
        }

        return input;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(MetadataPrefix + name, out var value) && string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static string? Metadata(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(MetadataPrefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>"partner-center.openapi.json" → "PartnerCenterClient".</summary>
    private static string DefaultClientName(string path)
    {
        var fileName = Path.GetFileName(path);
        var stem = fileName.Split('.')[0];
        return Identifiers.ToPascalCase(stem, "Api") + "Client";
    }
}
