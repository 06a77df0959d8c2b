using System;
using System.IO;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>The specs the benchmarks run on, by the name used in the <c>Spec</c> parameter.</summary>
internal static class Specs
{
    public const string PartnerCenter = "PartnerCenter";
    public const string Synthetic = "Synthetic1MB";

    /// <summary>The AdditionalFile path of a spec (the default client name derives from it).</summary>
    public static string PathOf(string name) => name switch
    {
        PartnerCenter => "/specs/partner-center.openapi.json",
        Synthetic => "/specs/synthetic-large.openapi.json",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown spec."),
    };

    public static string Load(string name) => name switch
    {
        PartnerCenter => File.ReadAllText(FindPartnerCenterSpec()),
        Synthetic => SyntheticSpec.Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown spec."),
    };

    /// <summary>
    /// The same spec with one schema description changed (the first description under components/schemas, which ends up
    /// in a doc comment): a real edit that changes the model, so the generator must parse and emit again.
    /// </summary>
    public static string Edit(string text)
        => TryEdit(text) ?? throw new InvalidOperationException("The spec has no description under components/schemas to edit.");

    /// <summary><see cref="Edit"/>, or null when the spec has no schema description to edit.</summary>
    public static string? TryEdit(string text)
    {
        const string Marker = "\"description\": \"";
        var components = text.IndexOf("\"components\"", StringComparison.Ordinal);
        var schemas = components < 0 ? -1 : text.IndexOf("\"schemas\"", components, StringComparison.Ordinal);
        var description = schemas < 0 ? -1 : text.IndexOf(Marker, schemas, StringComparison.Ordinal);
        return description < 0 ? null : text.Insert(description + Marker.Length, "Edited. ");
    }

    /// <summary>Copied beside the benchmarks by the project; otherwise found from the repository root.</summary>
    private static string FindPartnerCenterSpec()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "specs", "partner-center.openapi.json");
        if (File.Exists(beside))
        {
            return beside;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return Path.Combine(directory.FullName, "spec", "partner-center.openapi.json");
            }
        }

        throw new FileNotFoundException("spec/partner-center.openapi.json was not found beside the benchmarks nor above them.");
    }
}
