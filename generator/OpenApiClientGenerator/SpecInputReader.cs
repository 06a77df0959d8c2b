using System;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Naming;

namespace OpenApiClientGenerator;

/// <summary>
/// Picks the OpenApiSpec items out of the AdditionalFiles and reads their options (item metadata made visible to the
/// compiler by the package's props: OpenApiSpec, OpenApiNamespace, OpenApiClientName, OpenApiExceptionName).
/// </summary>
internal static class SpecInputReader
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static SpecInput? Read(AdditionalText file, AnalyzerConfigOptionsProvider optionsProvider, CancellationToken cancellationToken)
    {
        var options = optionsProvider.GetOptions(file);
        if (!options.TryGetValue(MetadataPrefix + "OpenApiSpec", out var isSpec) || !string.Equals(isSpec, "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        var @namespace = Metadata(options, "OpenApiNamespace")
            ?? (optionsProvider.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace) && rootNamespace.Length > 0 ? rootNamespace : "OpenApi.Generated");
        var clientName = Metadata(options, "OpenApiClientName") ?? DefaultClientName(file.Path);
        return new SpecInput(file.Path, text, new GeneratorOptions(@namespace, clientName, Metadata(options, "OpenApiExceptionName")));
    }

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
