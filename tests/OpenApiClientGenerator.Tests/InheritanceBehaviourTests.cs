using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// allOf inheritance with discriminators at run time: reading dispatches to the most derived record whatever the property
/// order, an unknown value reads as the base with nothing lost, writing emits the discriminator, and properties no schema
/// declares are kept and written back.
/// </summary>
public sealed class InheritanceBehaviourTests
{
    private static readonly CompiledSpec Fish = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/inheritance-swagger2.yaml"), "Fishes", "FishClient"));
    private static readonly CompiledSpec Pets = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/inheritance.yaml"), "Pets", "PetsClient"));

    private static object ReadFish(string json) => Fish.Deserialize(json, "Fishes.Models.Fish")!;

    private static void RoundTrips(CompiledSpec spec, string json, string type)
        => JsonNode.DeepEquals(JsonNode.Parse(spec.Serialize(spec.Deserialize(json, type), type)), JsonNode.Parse(json)).ShouldBeTrue(spec.Serialize(spec.Deserialize(json, type), type));

    [Fact]
    public void Derived_schemas_are_records_that_extend_their_base()
    {
        Fish.Type("Fishes.Models.Salmon").BaseType.ShouldBe(Fish.Type("Fishes.Models.Fish"));
        Fish.Type("Fishes.Models.SmartSalmon").BaseType.ShouldBe(Fish.Type("Fishes.Models.Salmon"));
        Fish.Type("Fishes.Models.Sawshark").BaseType.ShouldBe(Fish.Type("Fishes.Models.Shark"));
        Fish.Type("Fishes.Models.Fish").IsSealed.ShouldBeFalse();
        Fish.Type("Fishes.Models.Sawshark").IsSealed.ShouldBeTrue();
        Pets.Type("Pets.Models.Cat").BaseType.ShouldBe(Pets.Type("Pets.Models.Pet"));
    }

    [Theory]
    [InlineData("""{"fishtype":"salmon","length":1,"location":"alaska","iswild":true}""")]
    [InlineData("""{"location":"alaska","iswild":true,"length":1,"fishtype":"salmon"}""")]
    public void A_salmon_read_as_a_fish_is_a_salmon_with_all_its_properties_whatever_the_order(string json)
    {
        var fish = ReadFish(json);

        fish.GetType().Name.ShouldBe("Salmon");
        CompiledSpec.Property(fish, "Location").ShouldBe("alaska");
        CompiledSpec.Property(fish, "Iswild").ShouldBe(true);
        CompiledSpec.Property(fish, "Length").ShouldBe(1f);
        RoundTrips(Fish, json, "Fishes.Models.Fish");
    }

    [Fact]
    public void Several_levels_and_arrays_of_the_base_read_each_item_as_its_own_kind()
    {
        const string json = """
            {"fishtype":"sawshark","length":2,"birthday":"2020-01-02T02:04:05Z","age":3,"picture":"AAEC",
             "siblings":[{"fishtype":"smart_salmon","length":1,"college_degree":"MSc","location":"x"},{"fishtype":"Cookiecuttershark","length":0.5,"birthday":"2020-12-31T22:00:00Z"}]}
            """;

        var fish = ReadFish(json);

        fish.GetType().Name.ShouldBe("Sawshark");
        CompiledSpec.Property(fish, "Age").ShouldBe(3);
        ((byte[])CompiledSpec.Property(fish, "Picture")!).ShouldBe(new byte[] { 0, 1, 2 });
        var siblings = ((System.Collections.IEnumerable)CompiledSpec.Property(fish, "Siblings")!).Cast<object>().ToList();
        siblings.Select(sibling => sibling.GetType().Name).ShouldBe(new[] { "SmartSalmon", "Cookiecuttershark" });
        CompiledSpec.Property(siblings[0], "CollegeDegree").ShouldBe("MSc");
        RoundTrips(Fish, json, "Fishes.Models.Fish");
    }

    [Fact]
    public void An_unknown_discriminator_value_reads_as_the_base_and_keeps_every_property()
    {
        const string json = """{"fishtype":"whale","length":30,"species":"blue","song":"low","pods":[1,2]}""";

        var fish = ReadFish(json);

        fish.GetType().Name.ShouldBe("Fish");
        CompiledSpec.Property(fish, "Fishtype").ShouldBe("whale");
        var unknown = (IReadOnlyDictionary<string, JsonElement>)CompiledSpec.Property(fish, "AdditionalProperties")!;
        unknown.Keys.ShouldBe(new[] { "song", "pods" }, ignoreOrder: true);
        RoundTrips(Fish, json, "Fishes.Models.Fish");
    }

    [Fact]
    public void A_new_derived_record_writes_its_discriminator_value()
    {
        var salmon = Activator.CreateInstance(Fish.Type("Fishes.Models.SmartSalmon"))!;
        Fish.Type("Fishes.Models.Fish").GetProperty("Length")!.SetValue(salmon, 2f);
        salmon.GetType().GetProperty("CollegeDegree")!.SetValue(salmon, "PhD");

        var json = JsonNode.Parse(Fish.Serialize(salmon, "Fishes.Models.Fish"))!.AsObject();

        json["fishtype"]!.GetValue<string>().ShouldBe("smart_salmon");
        json["college_degree"]!.GetValue<string>().ShouldBe("PhD");
        json["length"]!.GetValue<double>().ShouldBe(2);
    }

    [Theory]
    [InlineData("""{"petType":"cat","name":"Tom","meows":true}""", "Cat")]
    [InlineData("""{"barks":2,"petType":"dog"}""", "Dog")]
    [InlineData("""{"petType":"Lizard","scales":40}""", "Lizard")]
    [InlineData("""{"petType":"Pet","name":"Generic"}""", "Pet")]
    public void A_mapping_and_the_implicit_schema_name_select_the_record(string json, string expected)
    {
        Pets.Deserialize(json, "Pets.Models.Pet")!.GetType().Name.ShouldBe(expected);
        RoundTrips(Pets, json, "Pets.Models.Pet");
    }

    [Fact]
    public void Properties_of_polymorphic_type_and_arrays_of_them_round_trip()
    {
        const string json = """{"name":"Ann","favourite":{"petType":"dog","name":"Rex","barks":3},"pets":[{"petType":"cat","name":"Tom","meows":true},{"petType":"Lizard","scales":120}],"since":2019}""";

        var owner = Pets.Deserialize(json, "Pets.Models.Owner")!;

        CompiledSpec.Property(owner, "Favourite")!.GetType().Name.ShouldBe("Dog");
        ((IReadOnlyDictionary<string, JsonElement>)CompiledSpec.Property(owner, "AdditionalProperties")!)["since"].GetInt32().ShouldBe(2019);
        RoundTrips(Pets, json, "Pets.Models.Owner");
    }

    [Fact]
    public void A_schema_that_forbids_other_properties_has_nowhere_to_keep_them()
    {
        Pets.Type("Pets.Models.Closed").GetProperty("AdditionalProperties").ShouldBeNull();
        CompiledSpec.Property(Pets.Deserialize("""{"a":"x","b":"y"}""", "Pets.Models.Closed")!, "A").ShouldBe("x");
    }

    [Fact]
    public void An_object_schema_without_declared_properties_keeps_everything()
    {
        RoundTrips(Pets, """{"anything":[1,{"deep":true}],"more":"text"}""", "Pets.Models.Bag");
    }
}
