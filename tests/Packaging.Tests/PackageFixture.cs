using System;
using System.IO;
using System.Linq;

namespace Packaging.Tests;

/// <summary>
/// Packs the three packages once per run, with a unique prerelease version (so no stale copy in the NuGet cache can
/// stand in for them), into artifacts/packages, the folder the README documents.
/// </summary>
public sealed class PackageFixture
{
    public PackageFixture()
    {
        Root = FindRoot();
        Feed = Path.Combine(Root, "artifacts", "packages");
        Version = "0.1.0-ci." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;
        var pack = DotNet.Run(Root, "pack", "PartnerCenter.Licenses.slnx", "-c", "Release", "-p:Version=" + Version);
        pack.ExitCode.ShouldBe(0, pack.Output);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>Copies a consumer project out of the repository, with a nuget.config that takes our packages from the feed only.</summary>
    public string Consumer(string name)
    {
        var source = Path.Combine(Root, "tests", "Packaging.Tests", "Consumers", name);
        var target = Path.Combine(Path.GetTempPath(), "openapi-consumers", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var config = File.ReadAllText(Path.Combine(Root, "tests", "Packaging.Tests", "Consumers", "nuget.config")).Replace("%LOCAL_FEED%", Feed, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(target, "nuget.config"), config);
        return target;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found.");
    }
}
