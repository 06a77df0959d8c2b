using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Every public document in Specs/public (OAI examples, swagger-petstore) generates, compiles with zero warnings under
/// nullable, and matches its approved snapshots.
/// </summary>
public sealed class PublicSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(RepositoryPaths.TestSpec("public")).OrderBy(path => path, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    internal static (GeneratorHarness Harness, GeneratorRunResult Result) Generate(string fileName)
    {
        var name = Scenario(fileName);
        var harness = new GeneratorHarness(SpecFile.FromDisk(RepositoryPaths.TestSpec(Path.Combine("public", fileName)), "Public." + name, name + "Client"));
        return (harness, harness.Run());
    }

    /// <summary>"oai-v3.0-petstore-expanded.json" → "OaiV30PetstoreExpanded".</summary>
    internal static string Scenario(string fileName)
        => string.Concat(Path.GetFileNameWithoutExtension(fileName).Split('-', '.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    [Theory]
    [MemberData(nameof(Specs))]
    public void Generates_code_that_compiles_without_warnings(string fileName)
    {
        var (harness, result) = Generate(fileName);

        result.Exception.ShouldBeNull();
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ShouldBeEmpty();
        result.GeneratedSources.ShouldNotBeEmpty();
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Matches_the_approved_snapshots(string fileName)
    {
        var (_, result) = Generate(fileName);

        Snapshots.Verify(Path.Combine("Public", Scenario(fileName)), result.GeneratedSources.Where(source => !source.HintName.StartsWith("OpenApiClientGenerator.Runtime/", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Reports_only_documented_warnings(string fileName)
    {
        var (_, result) = Generate(fileName);

        // Each warning here is a known gap, listed so that a new one is noticed in review.
        var expected = ExpectedWarnings.TryGetValue(fileName, out var list) ? list : Array.Empty<string>();
        result.Diagnostics.Select(d => $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ShouldBe(expected, ignoreOrder: true);
    }

    private static readonly Dictionary<string, string[]> ExpectedWarnings = new(StringComparer.Ordinal);
}
