using System.Linq;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>The runtime helpers a compilation gets: all of them once, the response stream only where a response streams.</summary>
public sealed class RuntimeEmissionTests
{
    [Fact]
    public void A_spec_without_a_binary_response_gets_no_response_stream_and_compiles_without_warnings()
    {
        var harness = new GeneratorHarness(SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"), "Shop.Pets", "PetsClient"));

        var hints = harness.Run().GeneratedSources.Select(source => source.HintName).ToList();

        hints.ShouldContain("OpenApiClientGenerator.Runtime/ApiPipeline.g.cs");
        hints.ShouldNotContain(RuntimeEmitter.ResponseStreamHint);
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_spec_with_a_binary_response_gets_the_response_stream_once_beside_a_spec_without_one()
    {
        var harness = new GeneratorHarness(
            SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"), "Shop.Pets", "PetsClient"),
            SpecFile.FromDisk(RepositoryPaths.TestSpec("features/reliability.yaml"), "Shop.Files", "FilesClient"));

        var hints = harness.Run().GeneratedSources.Select(source => source.HintName).ToList();

        hints.Count(hint => hint == RuntimeEmitter.ResponseStreamHint).ShouldBe(1);
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }
}
