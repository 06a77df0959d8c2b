using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>
/// A folder outside the repository (so none of its Directory.Build.props, central package versions or analyzers
/// apply) holding a local feed with the freshly packed generator, and two fresh projects per spec, restored.
/// </summary>
internal sealed class Workspace
{
    private const string LocalFeed = "buildcomparison-local";

    private static readonly TimeSpan SetupTimeout = TimeSpan.FromMinutes(20);

    private Workspace(string directory, string packageVersion, IReadOnlyList<(FreshProject Ours, FreshProject NSwag)> projects)
    {
        Directory = directory;
        PackageVersion = packageVersion;
        Projects = projects;
    }

    public string Directory { get; }

    /// <summary>A version no earlier run used, so the NuGet cache cannot hand back an older build of the generator.</summary>
    public string PackageVersion { get; }

    public IReadOnlyList<(FreshProject Ours, FreshProject NSwag)> Projects { get; }

    public string LogsDirectory => Path.Combine(Directory, "logs");

    public static Workspace Create(string repositoryRoot, string parent, IReadOnlyList<ComparedSpec> specs, TextWriter progress)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var directory = Path.Combine(parent, "run-" + stamp);
        var feed = Path.Combine(directory, "feed");
        var version = "0.0.0-buildcomparison." + stamp;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "logs"));

        // Stops MSBuild's search for Directory.Build.* and Directory.Packages.props at this folder.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project>\n  <PropertyGroup>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n  </PropertyGroup>\n</Project>\n");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(repositoryRoot, feed));

        progress.WriteLine($"packing the generator as {version} into {feed}");
        DotNetCli.RunOrThrow(
            repositoryRoot,
            new[] { "pack", Path.Combine("generator", "OpenApiClientGenerator", "OpenApiClientGenerator.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version, "-nodeReuse:false" },
            SetupTimeout,
            Path.Combine(directory, "logs", "pack.log"));

        var projects = specs
            .Select((spec, index) =>
            {
                var name = $"Spec{index + 1:D2}";
                var parentOfBoth = Path.Combine(directory, "projects", $"{name}-{Slug(spec.FileName)}");
                return (FreshProject.Create(parentOfBoth, name, spec, ClientGenerator.Ours, version), FreshProject.Create(parentOfBoth, name, spec, ClientGenerator.NSwag, version));
            })
            .ToList();

        return new Workspace(directory, version, projects);
    }

    /// <summary>One restore for all the projects; the builds then run with --no-restore.</summary>
    public void Restore(TextWriter progress)
    {
        var solution = Path.Combine(Directory, "all.slnx");
        var entries = Projects.SelectMany(pair => new[] { pair.Ours, pair.NSwag }).Select(project => $"  <Project Path=\"{Path.GetRelativePath(Directory, project.ProjectFile)}\" />\n");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(entries) + "</Solution>\n");
        progress.WriteLine($"restoring {Projects.Count * 2} projects in {Directory}");
        DotNetCli.RunOrThrow(Directory, new[] { "restore", solution, "-nodeReuse:false", "-tl:off" }, SetupTimeout, Path.Combine(LogsDirectory, "restore.log"));
    }

    /// <summary>Each run's package version is new: its copy in the NuGet cache would only pile up.</summary>
    public void RemovePackageFromNuGetCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var copy = Path.Combine(cache, "openapiclientgenerator", PackageVersion);
        if (System.IO.Directory.Exists(copy))
        {
            System.IO.Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>The repository's package sources, plus the local feed for the generator (and nothing else from it).</summary>
    private static string NuGetConfig(string repositoryRoot, string feed)
    {
        var sources = XDocument.Load(Path.Combine(repositoryRoot, "nuget.config")).Descendants("packageSources").Elements("add").ToList();
        var config = new XElement(
            "configuration",
            new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", LocalFeed), new XAttribute("value", feed)), sources),
            new XElement(
                "packageSourceMapping",
                new XElement("packageSource", new XAttribute("key", LocalFeed), new XElement("package", new XAttribute("pattern", "OpenApiClientGenerator"))),
                sources.Select(source => new XElement("packageSource", new XAttribute("key", (string?)source.Attribute("key") ?? string.Empty), new XElement("package", new XAttribute("pattern", "*"))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), config).ToString() + Environment.NewLine;
    }

    private static string Slug(string fileName)
        => new(Path.GetFileNameWithoutExtension(fileName).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-').ToArray());
}
