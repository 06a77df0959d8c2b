using System.Text.Json.Nodes;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>oneOf/anyOf at run time: the right alternative is chosen, and JSON that fits none is kept and written back.</summary>
public sealed class UnionBehaviourTests
{
    
    private static readonly CompiledSpec Zoo = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/unions.json"), "Zoo", "ZooClient"));

    private static object Read(string json, string type) => Zoo.Deserialize(json, "Zoo.Models." + type)!;

    private static void RoundTrips(string json, string type)
        => JsonNode.DeepEquals(JsonNode.Parse(Zoo.Serialize(Read(json, type), "Zoo.Models." + type)), JsonNode.Parse(json)).ShouldBeTrue();

    [Theory]
    [InlineData("""{"pet.type":"kitty","meows":true}""", "Cat")]
    [InlineData("""{"barks":3,"pet.type":"doggo"}""", "Dog")]
    public void A_mapped_discriminator_with_a_dot_in_its_name_chooses_the_alternative(string json, string expected)
    {
        var pet = Read(json, "Mapped");

        CompiledSpec.Property(pet, expected).ShouldNotBeNull();
        CompiledSpec.Property(pet, expected == "Cat" ? "Dog" : "Cat").ShouldBeNull();
        RoundTrips(json, "Mapped");
    }

    [Fact]
    public void Without_a_mapping_the_schema_name_is_the_discriminator_value()
    {
        CompiledSpec.Property(Read("""{"pet.type":"Dog","barks":1}""", "Implicit"), "Dog").ShouldNotBeNull();
    }

    [Fact]
    public void An_unknown_discriminator_value_is_kept_as_json_and_written_back()
    {
        const string json = """{"pet.type":"parrot","talks":true}""";

        var pet = Read(json, "Mapped");

        CompiledSpec.Property(pet, "Cat").ShouldBeNull();
        CompiledSpec.Property(pet, "Unknown").ShouldNotBeNull();
        RoundTrips(json, "Mapped");
    }

    [Theory]
    [InlineData("""{"radius":2.5}""", "Circle")]
    [InlineData("""{"side":4}""", "Square")]
    public void Without_a_discriminator_the_shape_of_the_object_chooses(string json, string expected)
    {
        CompiledSpec.Property(Read(json, "Shape"), expected).ShouldNotBeNull();
        RoundTrips(json, "Shape");
    }

    [Theory]
    [InlineData("42", "Int64", 42L)]
    [InlineData("\"rex\"", "String", "rex")]
    public void Primitive_alternatives_are_chosen_by_json_kind(string json, string property, object expected)
    {
        CompiledSpec.Property(Read(json, "IdOrName"), property).ShouldBe(expected);
        RoundTrips(json, "IdOrName");
    }

    [Fact]
    public void Unions_nest_in_objects_and_arrays()
    {
        RoundTrips("""{"pet":{"pet.type":"kitty","meows":false},"shapes":[{"side":1},{"radius":2},{"other":true}]}""", "Holder");
    }
}
