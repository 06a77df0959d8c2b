using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>The catalogue of diagnostics stays honest: every descriptor is reported somewhere and documented.</summary>
public sealed class DiagnosticCatalogTests
{
    private static readonly (string Field, DiagnosticDescriptor Descriptor)[] Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (field.Name, (DiagnosticDescriptor)field.GetValue(null)!))
        .ToArray();

    [Fact]
    public void Ids_are_unique_and_numbered_OAG()
    {
        Descriptors.Select(d => d.Descriptor.Id).ShouldBeUnique();
        Descriptors.ShouldAllBe(d => d.Descriptor.Id.StartsWith("OAG", StringComparison.Ordinal) && d.Descriptor.Id.Length == 6);
    }

    [Fact]
    public void Every_descriptor_is_reported_by_generator_code()
    {
        var generatorSources = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "generator", "OpenApiClientGenerator"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith("DiagnosticDescriptors.cs", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        Descriptors.Where(d => !generatorSources.Any(source => source.Contains("DiagnosticDescriptors." + d.Field, StringComparison.Ordinal)))
            .Select(d => d.Descriptor.Id)
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_descriptor_is_documented_with_its_severity()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));

        foreach (var (_, descriptor) in Descriptors)
        {
            doc.ShouldContain($"## {descriptor.Id}\n", customMessage: $"{descriptor.Id} needs a section in docs/diagnostics.md");
            doc.ShouldContain($"| [{descriptor.Id}](#{descriptor.Id.ToLowerInvariant()}) | {descriptor.DefaultSeverity} |", customMessage: $"{descriptor.Id} needs a row in the table");
        }
    }

    [Theory]
    [InlineData("My-Api", "ApiClient", "Namespace")]
    [InlineData("My.Api", "class", "ClientName")]
    [InlineData("My.2Api", "ApiClient", "Namespace")]
    public void An_invalid_item_option_is_OAG009_and_nothing_is_generated(string @namespace, string clientName, string option)
    {
        var result = new GeneratorHarness(new SpecFile("/specs/api.json", IncrementalityTests.MinimalSpec("x"), @namespace, clientName)).Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG009");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain($"'{option}'");
        GeneratorHarness.SpecSources(result).ShouldBeEmpty();
    }
}
