using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>JSON from the specs' own examples deserializes with the generated code and serializes back to equivalent JSON.</summary>
public sealed class ExampleRoundTripTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in SpecCorpusTests.SpecNames())
        {
            foreach (var example in SpecExamples.Collect(RepositoryPaths.TestSpec(spec)))
            {
                data.Add(spec, example.Where);
            }
        }

        return data;
    }

    [Fact]
    public void The_public_specs_provide_examples_to_round_trip()
    {
        var specs = SpecCorpusTests.SpecNames().Where(spec => SpecExamples.Collect(RepositoryPaths.TestSpec(spec)).Count > 0).ToList();

        specs.ShouldContain("public/oai-v3.0-uspto.json");
        specs.ShouldContain("public/swagger-petstore-v3-openapi.yaml");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_round_trips_through_the_generated_model(string spec, string where)
    {
        var example = SpecExamples.Collect(RepositoryPaths.TestSpec(spec)).Single(e => e.Where == where);
        var scenario = SpecCorpusTests.Scenario(spec);
        var ns = char.ToUpperInvariant(spec[0]) + spec[1..spec.IndexOf('/', System.StringComparison.Ordinal)] + "." + scenario;
        var compiled = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec(spec), ns, scenario + "Client"));
        var type = ns + ".Models." + SpecExamples.ModelName(example.SchemaName);

        var written = compiled.Serialize(compiled.Deserialize(example.Json, type), type);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(example.Json)).ShouldBeTrue($"{example.Json}\nbecame\n{written}");
    }
}
