using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots of generated sources: one file per generated source under Snapshots/&lt;scenario&gt;/, reviewed in
/// pull requests. A difference writes a *.received.cs beside the approved file and fails; nothing is ever approved
/// automatically (tests/approve-snapshots.sh does that, on purpose, by a person).
/// </summary>
internal static class Snapshots
{
    public static string Directory(string scenario)
        => Path.Combine(RepositoryPaths.Root, "tests", "OpenApiClientGenerator.Tests", "Snapshots", scenario);

    /// <summary>"PartnerCenter.Licenses.PartnerCenterClient/Models/Link.g.cs" → "Models.Link".</summary>
    public static string NameOf(string hintName)
    {
        var withoutPrefix = hintName.Contains('/', StringComparison.Ordinal) ? hintName[(hintName.IndexOf('/', StringComparison.Ordinal) + 1)..] : hintName;
        return withoutPrefix.Replace(".g.cs", string.Empty, StringComparison.Ordinal).Replace('/', '.');
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>
    /// The generator's version as written into <c>[GeneratedCode]</c>, replaced by a placeholder: a version bump is not a
    /// change of the generated code, and must not rewrite every approved file.
    /// </summary>
    public static string ScrubVersion(string text)
        => System.Text.RegularExpressions.Regex.Replace(text, @"GeneratedCode\(""OpenApiClientGenerator"", ""[^""]*""\)", @"GeneratedCode(""OpenApiClientGenerator"", ""{version}"")");

    /// <summary>
    /// Compares each source with its approved file (Shouldly resolves folders from this file's
    /// folder, Infrastructure/, hence the "..") and fails listing every difference (so one run writes all received
    /// files), and also fails when an approved file no longer has a generated source.
    /// </summary>
    public static void Verify(string scenario, IEnumerable<GeneratedSourceResult> sources)
    {
        var directory = Directory(scenario);
        var problems = new List<string>();
        var expectedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var name = NameOf(source.HintName);
            expectedFiles.Add(name + ".approved.cs");
            try
            {
                ScrubVersion(source.SourceText.ToString()).ShouldMatchApproved(options => options
                    .NoDiff()
                    .SubFolder(Path.Combine("..", "Snapshots", scenario))
                    .WithDiscriminator(name)
                    .WithFilenameGenerator((_, discriminator, fileType, extension) => $"{discriminator?.TrimStart('.')}.{fileType}.{extension}")
                    .WithFileExtension("cs"));
            }
            catch (ShouldMatchApprovedException ex)
            {
                problems.Add($"{name}: {FirstLine(ex.Message)}");
            }
        }

        if (System.IO.Directory.Exists(directory))
        {
            foreach (var stale in System.IO.Directory.GetFiles(directory, "*.approved.cs").Where(file => !expectedFiles.Contains(Path.GetFileName(file))))
            {
                // A marker for tests/approve-snapshots.sh, which deletes the approved file when the removal is approved.
                File.WriteAllText(stale.Replace(".approved.cs", ".received.deleted", StringComparison.Ordinal), string.Empty);
                problems.Add($"removed: {Path.GetFileName(stale)} is no longer generated");
            }
        }

        problems.ShouldBeEmpty(
            $"Generated code differs from the approved snapshots in {directory}. Review the *.received.cs files " +
            "(diff them against *.approved.cs) and run tests/approve-snapshots.sh if the change is intended.");
    }
}
