using System.Linq;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>YAML specs read into the same model as JSON, with positions for diagnostics.</summary>
public sealed class YamlTests
{
    private const string Yaml = """
        openapi: 3.1
        info:
          title: Things
          version: 1.0
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: { type: string }
              responses:
                '200':
                  description: A thing.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
        components:
          schemas:
            Thing:
              type: object
              properties:
                name: { type: string }
                count: { type: integer, format: int32 }
                tags:
                  type: array
                  items: { type: string }
        """;

    [Fact]
    public void A_yaml_spec_generates_the_same_code_as_its_json_twin()
    {
        var yaml = new GeneratorHarness(new SpecFile("/specs/things.yaml", Yaml, "Things", "ThingsClient")).Run();
        var json = new GeneratorHarness(new SpecFile("/specs/things.json", IncrementalityTests.MinimalSpec("Things").Replace(
            "\"name\": { \"type\": \"string\" }",
            "\"name\": { \"type\": \"string\" }, \"count\": { \"type\": \"integer\", \"format\": \"int32\" }, \"tags\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }",
            System.StringComparison.Ordinal), "Things", "ThingsClient")).Run();

        yaml.Diagnostics.ShouldBeEmpty();
        yaml.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ShouldBe(json.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
    }

    [Fact]
    public void A_yaml_syntax_error_is_OAG001_at_its_line()
    {
        const string broken = "openapi: 3.0.3\ninfo:\n  title: [unclosed\n  version: 1\npaths: {}\n";

        var result = new GeneratorHarness(new SpecFile("/specs/broken.yaml", broken, "Broken", "BrokenClient")).Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG001");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldStartWith("The spec is not valid YAML");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBeInRange(2, 4);
    }

    [Fact]
    public void A_wrong_type_in_yaml_points_at_the_yaml_line()
    {
        const string spec = "openapi: 3.0.3\ninfo: { title: x, version: '1' }\npaths:\n  - not\n  - an object\n";

        var result = new GeneratorHarness(new SpecFile("/specs/wrong.yml", spec, "Wrong", "WrongClient")).Run();

        var diagnostic = result.Diagnostics.Single(d => d.Id == "OAG004");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(3);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        var result = new GeneratorHarness(new SpecFile("/specs/bom.json", "\uFEFF" + IncrementalityTests.MinimalSpec("Bom"), "Bom", "BomClient")).Run();

        result.Diagnostics.ShouldBeEmpty();
        result.GeneratedSources.ShouldNotBeEmpty();
    }
}
