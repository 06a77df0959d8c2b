using System.Linq;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>Several OpenApiSpec items in one project, each with its own namespace and client name.</summary>
public sealed class MultipleSpecTests
{
    [Fact]
    public void Two_specs_generate_side_by_side_and_compile_together()
    {
        var harness = new GeneratorHarness(
            SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"), "Shop.Pets", "PetsClient"),
            SpecFile.FromDisk(RepositoryPaths.TestSpec("public/swagger-petstore-v3-openapi.yaml"), "Shop.Store", "StoreClient"));

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty();
        var hints = result.GeneratedSources.Select(source => source.HintName).ToList();
        hints.ShouldContain("Shop.Pets.PetsClient/PetsClient.g.cs");
        hints.ShouldContain("Shop.Store.StoreClient/StoreClient.g.cs");
        hints.ShouldContain("Shop.Pets.PetsClient/Models/Pet.g.cs");
        hints.ShouldContain("Shop.Store.StoreClient/Models/Pet.g.cs");
        hints.Count(hint => hint.StartsWith("OpenApiClientGenerator.Runtime/", System.StringComparison.Ordinal)).ShouldBe(RuntimeFileCount());
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_spec_without_options_takes_the_root_namespace_and_a_client_name_from_its_file_name_before_the_first_dot()
    {
        var result = new GeneratorHarness(SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"))).Run();

        result.GeneratedSources.Select(source => source.HintName).ShouldContain("Consumer.OaiV3Client/OaiV3Client.g.cs");
    }

    private static int RuntimeFileCount()
        => new GeneratorHarness(SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"), "One", "OneClient")).Run()
            .GeneratedSources.Count(source => source.HintName.StartsWith("OpenApiClientGenerator.Runtime/", System.StringComparison.Ordinal));
}
