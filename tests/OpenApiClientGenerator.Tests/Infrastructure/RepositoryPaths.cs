using System;
using System.IO;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Spec(string relativePath) => Path.Combine(Root, relativePath);

    public static string PartnerCenterSpec => Spec(Path.Combine("spec", "partner-center.openapi.json"));

    /// <summary>A test spec kept beside the tests (tests/OpenApiClientGenerator.Tests/Specs).</summary>
    public static string TestSpec(string fileName) => Path.Combine(Root, "tests", "OpenApiClientGenerator.Tests", "Specs", fileName);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerCenter.Licenses.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with PartnerCenter.Licenses.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
