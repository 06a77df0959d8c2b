using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>The specs a run compares: the repository's own (Partner Center, the public test specs) and the ones given by path.</summary>
internal static class ComparedSpecs
{
    public const string GivenGroup = "given";

    /// <summary>
    /// Partner Center (timed), the public specs in the generator's tests (counted; timed with <paramref name="timeAll"/>),
    /// then each given spec (timed).
    /// </summary>
    public static IReadOnlyList<ComparedSpec> Select(string repositoryRoot, IEnumerable<FileInfo> given, bool timeAll, bool includeRepositorySpecs)
    {
        var specs = new List<ComparedSpec>();
        if (includeRepositorySpecs)
        {
            specs.Add(new ComparedSpec(Path.Combine(repositoryRoot, "spec", "partner-center.openapi.json"), "partner-center", Timed: true));
            var publicSpecs = Path.Combine(repositoryRoot, "tests", "OpenApiClientGenerator.Tests", "Specs", "public");
            specs.AddRange(Directory.GetFiles(publicSpecs)
                .Where(path => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(path => new ComparedSpec(path, "public", timeAll)));
        }

        specs.AddRange(given.Select(file => new ComparedSpec(file.FullName, GivenGroup, Timed: true)));
        var clash = specs.GroupBy(spec => spec.FileName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException($"Two specs are named {clash.Key} ({string.Join(", ", clash.Select(spec => spec.Path))}); the report names specs by file name.");
        }

        return specs;
    }
}
