using System;
using System.Collections;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApiClientGenerator.Tests;

/// <summary>Regressions from trying the generator on real-world specs (features/realworld.yaml).</summary>
public sealed class RealWorldBehaviourTests : IDisposable
{
    private const string Ns = "Features.Realworld";
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/realworld.yaml"), Ns, "RealworldClient"));
    private readonly StubbedApi _stub = new(Api, Ns + ".RealworldClient", "/");

    private WireMockServer Server => _stub.Server;

    private dynamic Client => _stub.Client;

    public void Dispose() => _stub.Dispose();

    private static object Read(string json, string type) => Api.Deserialize(json, $"{Ns}.Models.{type}")!;

    private static void RoundTrips(string json, string type)
        => JsonNode.DeepEquals(JsonNode.Parse(Api.Serialize(Read(json, type), $"{Ns}.Models.{type}")), JsonNode.Parse(json)).ShouldBeTrue();

    [Theory]
    [InlineData("""{"name":"rex","bark":true}""", "Dog")]
    [InlineData("""{"wings":2}""", "Bird")]
    [InlineData("""{"name":"tom"}""", "Cat")]
    public void The_alternatives_of_a_nested_oneOf_take_part_in_choosing(string json, string expected)
    {
        CompiledSpec.Property(Read(json, "Pet"), expected).ShouldNotBeNull();
        RoundTrips(json, "Pet");
    }

    [Fact]
    public void Properties_the_schema_does_not_name_are_kept_when_additionalProperties_allows_them()
    {
        const string json = """{"extra":{"a":"x","b":1,"c":2},"open":{"a":"y","z":{"deep":[true]}}}""";

        var holder = Read(json, "Holder");

        var extra = (IDictionary)CompiledSpec.Property(CompiledSpec.Property(holder, "Extra")!, "AdditionalProperties")!;
        extra["b"].ShouldBe(1L);
        RoundTrips(json, "Holder");
    }

    [Fact]
    public void An_allOf_that_only_annotates_a_reference_is_that_type()
    {
        var holder = Api.Type($"{Ns}.Models.Holder");

        holder.GetProperty("Page")!.PropertyType.Name.ShouldBe("Cat");
        holder.GetProperty("Wrapped")!.PropertyType.Name.ShouldBe("Cat");
    }

    [Fact]
    public async Task Parameters_named_like_the_generated_locals_still_reach_the_wire()
    {
        Server.Given(Request.Create().WithPath("/search").UsingGet()).RespondWith(Response.Create().WithStatusCode(204));
        var select = Activator.CreateInstance(Api.Type($"{Ns}.Models.SelectFields"), "label")!;

        await Client.SearchAsync(query2: "q", uri2: "u", request2: "r", response2: "s", sort: "a", sortValue2: "b", select: (dynamic)select);

        Server.LogEntries.ShouldHaveSingleItem().RequestMessage!.RawQuery.ShouldBe("?query=q&uri=u&request=r&response=s&sort=a&sortValue=b&%24select=label");
    }

    [Fact]
    public void A_form_field_the_schema_requires_is_a_required_parameter()
    {
        var method = Api.Type($"{Ns}.RealworldClient").GetMethod("PostFormAsync")!;

        method.GetParameters()[0].Name.ShouldBe("credentials");
        method.GetParameters()[0].IsOptional.ShouldBeFalse();
    }

    [Fact]
    public async Task A_fragment_in_the_path_is_not_sent_and_the_query_still_is()
    {
        Server.Given(Request.Create().WithPath("/files/f1").UsingPut()).RespondWith(Response.Create().WithStatusCode(204));

        await Client.ShareFileAsync("f1", "shared_link");
        await Client.Files.ById("f1").PutAsync("shared_link");

        Server.LogEntries.Count.ShouldBe(2);
        Server.LogEntries.ShouldAllBe(entry => entry.RequestMessage!.Path == "/files/f1" && entry.RequestMessage.RawQuery == "?fields=shared_link");
    }

    [Fact]
    public async Task A_path_that_uses_a_parameter_twice_fills_both_places_and_stays_out_of_the_fluent_api()
    {
        var (_, result) = SpecCorpusTests.Generate("features/realworld.yaml");
        result.Diagnostics.ShouldContain(diagnostic => diagnostic.Id == "OAG006" && diagnostic.GetMessage().Contains("GET /twice/{id}/x/{id} is left out of the fluent API because its path uses the same parameter twice", StringComparison.Ordinal));

        Server.Given(Request.Create().WithPath("/twice/7/x/7").UsingGet()).RespondWith(Response.Create().WithStatusCode(204));

        await Client.GetTwiceAsync("7");

        Server.LogEntries.ShouldHaveSingleItem().RequestMessage!.Path.ShouldBe("/twice/7/x/7");
    }

    [Fact]
    public async Task Operations_repeating_one_inline_enum_path_parameter_share_its_type_and_fluent_segment()
    {
        Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(204));
        dynamic json = Activator.CreateInstance(Api.Type($"{Ns}.Models.ListTeamsFormat"), "JSON")!;

        await Client.ByFormat(json).Teams.GetAsync();
        await Client.ByFormat(json).Players.GetAsync();
        await Client.ListPlayersAsync(json);

        Server.LogEntries.Select(entry => entry.RequestMessage!.Path).ShouldBe(new[] { "/JSON/teams", "/JSON/players", "/JSON/players" });
    }
}
