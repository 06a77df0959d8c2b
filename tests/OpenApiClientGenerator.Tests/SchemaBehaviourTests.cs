using System.Linq;
using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>What generated models do at run time, for the schema constructs real specs use.</summary>
public sealed class SchemaBehaviourTests
{
    
    private static readonly CompiledSpec Zoo = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/schemas.json"), "Zoo", "ZooClient"));

    private static void RoundTrips(string json)
    {
        var pet = Zoo.Deserialize(json, "Zoo.Models.Pet");
        var written = Zoo.Serialize(pet, "Zoo.Models.Pet");
        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)).ShouldBeTrue(written);
    }

    [Fact]
    public void A_listed_enum_value_equals_its_static_member_and_is_known()
    {
        var pet = Zoo.Deserialize("""{"name":"Rex","status":"sold"}""", "Zoo.Models.Pet")!;

        var status = CompiledSpec.Property(pet, "Status")!;
        status.ShouldBe(CompiledSpec.Static(Zoo.Type("Zoo.Models.Status"), "Sold"));
        CompiledSpec.Property(status, "IsKnown").ShouldBe(true);
    }

    [Fact]
    public void An_enum_value_the_spec_does_not_list_is_kept_and_written_back()
    {
        var pet = Zoo.Deserialize("""{"name":"Rex","status":"adopted","size":7}""", "Zoo.Models.Pet")!;

        var status = CompiledSpec.Property(pet, "Status")!;
        CompiledSpec.Property(status, "IsKnown").ShouldBe(false);
        CompiledSpec.Property(status, "Value").ShouldBe("adopted");
        CompiledSpec.Property(CompiledSpec.Property(pet, "Size")!, "Value").ShouldBe(7L);
        RoundTrips("""{"name":"Rex","status":"adopted","size":7}""");
    }

    [Fact]
    public void Dictionaries_free_form_objects_formats_and_nullable_types_round_trip()
    {
        RoundTrips("""
            {"name":"Rex","status":"pending","nickname":"Rexy","labels":{"a":"1","b":"2"},
             "extra":{"deep":[1,{"x":true}],"s":"t"},"born":"2020-02-29","id":"4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04",
             "weight":12.50,"kind":"pet"}
            """);
    }

    [Fact]
    public void An_explicit_null_reads_as_null_and_an_optional_null_is_left_out_when_written()
    {
        var pet = Zoo.Deserialize("""{"name":"Rex","status":"sold","nickname":null}""", "Zoo.Models.Pet")!;

        CompiledSpec.Property(pet, "Nickname").ShouldBeNull();
        Zoo.Serialize(pet, "Zoo.Models.Pet").ShouldBe("""{"name":"Rex","status":"sold"}""");
    }

    [Fact]
    public void A_dictionary_reads_as_a_dictionary()
    {
        var pet = Zoo.Deserialize("""{"name":"Rex","status":"sold","labels":{"a":"1"}}""", "Zoo.Models.Pet")!;

        var labels = (IDictionary)CompiledSpec.Property(pet, "Labels")!;
        labels["a"].ShouldBe("1");
    }

    [Fact]
    public void A_required_property_that_is_missing_reads_as_its_default_outside_a_strict_client()
    {
        // Lenient by default (JsonSerializer here; a client with StrictResponseReading fails instead: ResponseReadingPolicyTests).
        var pet = Zoo.Deserialize("""{"name":"Rex"}""", "Zoo.Models.Pet")!;

        CompiledSpec.Property(pet, "Name").ShouldBe("Rex");
        CompiledSpec.Property(CompiledSpec.Property(pet, "Status")!, "Value").ShouldBe(string.Empty);
    }

    [Fact]
    public void Enum_values_named_like_the_members_of_the_enum_struct_compile()
    {
        const string Spec = """
            {"openapi":"3.0.3","info":{"title":"E","version":"1"},"paths":{},"components":{"schemas":{"Weird":{"type":"string",
             "enum":["printMembers","equals","value","isKnown","toString","getHashCode","deconstruct","fromValue","_value"]}}}}
            """;
        var harness = new GeneratorHarness(new SpecFile("/specs/weird.json", Spec, "Weird", "WeirdClient"));

        harness.Run();

        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1.5", true)]
    [InlineData("7.25", false)]
    public void A_number_enum_keeps_listed_and_unlisted_values(string json, bool known)
    {
        var readings = Zoo.Deserialize($$"""{"rating":{{json}}}""", "Zoo.Models.Readings")!;

        var rating = CompiledSpec.Property(readings, "Rating")!;
        CompiledSpec.Property(rating, "IsKnown").ShouldBe(known);
        CompiledSpec.Property(rating, "Value").ShouldBe(double.Parse(json, System.Globalization.CultureInfo.InvariantCulture));
        if (known)
        {
            rating.ShouldBe(CompiledSpec.Static(Zoo.Type("Zoo.Models.Rating"), "Value1_5"));
        }

        JsonNode.DeepEquals(JsonNode.Parse(Zoo.Serialize(readings, "Zoo.Models.Readings")), JsonNode.Parse($$"""{"rating":{{json}}}""")).ShouldBeTrue();
    }

    [Fact]
    public void Null_items_of_lists_and_maps_of_strings_and_objects_are_kept_and_written_back()
    {
        const string json = """{"labels":["a",null,"b"],"pets":[{"name":"Rex","status":"sold"},null],"byName":{"x":"1","y":null}}""";

        var readings = Zoo.Deserialize(json, "Zoo.Models.Readings")!;

        ((IEnumerable)CompiledSpec.Property(readings, "Labels")!).Cast<object?>().ShouldBe(new object?[] { "a", null, "b" });
        JsonNode.DeepEquals(JsonNode.Parse(Zoo.Serialize(readings, "Zoo.Models.Readings")), JsonNode.Parse(json)).ShouldBeTrue();
    }

    [Fact]
    public void A_null_item_of_a_list_of_numbers_is_an_error_naming_the_list()
    {
        var error = Should.Throw<JsonException>(() => Zoo.Deserialize("""{"counts":[1,null]}""", "Zoo.Models.Readings"));

        error.Message.ShouldContain("counts");
    }
}
