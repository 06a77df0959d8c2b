using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>The generator on the project's own spec: what it emits, and that it compiles cleanly.</summary>
public sealed class PartnerCenterGenerationTests
{
    private static GeneratorHarness Harness()
        => new(SpecFile.FromDisk(RepositoryPaths.PartnerCenterSpec, "PartnerCenter.Licenses", "PartnerCenterClient"));

    [Fact]
    public void Every_generated_source_matches_its_approved_snapshot()
    {
        var result = Harness().Run();

        result.Exception.ShouldBeNull();
        result.Diagnostics.ShouldBeEmpty();
        Snapshots.Verify("PartnerCenter", GeneratorHarness.SpecSources(result));
    }

    [Fact]
    public void Generated_code_compiles_without_warnings_under_nullable()
    {
        var harness = Harness();
        harness.Run();

        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Emits_the_fluent_path_of_the_seed_and_one_model_per_schema()
    {
        var result = Harness().Run();
        var names = result.GeneratedSources.Select(source => Snapshots.NameOf(source.HintName)).ToList();

        names.ShouldContain("Models.CustomerLicensesUsageInsights");
        names.ShouldContain("Models.CustomerLicensesUsageInsightsCollection");
        var builders = result.GeneratedSources.Single(source => source.HintName.EndsWith("/RequestBuilders/CustomersRequestBuilder.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        builders.ShouldContain("public sealed partial class CustomersItemAnalyticsLicensesUsageRequestBuilder");
        var client = result.GeneratedSources.Single(source => source.HintName.EndsWith("/PartnerCenterClient.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        client.ShouldContain("public CustomersRequestBuilder Customers => new(this);");
        client.ShouldContain("GetCustomerLicensesUsageAsync(global::System.Guid customerId, global::System.Threading.CancellationToken cancellationToken = default)");
    }

    [Fact]
    public void Generation_is_deterministic()
    {
        var first = Harness().Run().GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToList();
        var second = Harness().Run().GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToList();

        second.ShouldBe(first);
    }
}
