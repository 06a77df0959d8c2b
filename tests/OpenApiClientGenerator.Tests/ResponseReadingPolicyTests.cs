using System;
using System.Collections;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// A response that lacks a property the spec requires: read leniently by default (the default value, an empty list), so
/// one drift of the service from its spec does not cost the whole response; with StrictResponseReading, an error naming it.
/// </summary>
public sealed class ResponseReadingPolicyTests : IDisposable
{
    private const string Spec = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Drift", "version": "1" },
          "servers": [ { "url": "https://drift.example.com/" } ],
          "paths": {
            "/things": {
              "get": {
                "operationId": "listThings",
                "responses": { "200": { "description": "The things.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Things" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Things": {
                "type": "object",
                "required": [ "count", "items", "owner" ],
                "properties": {
                  "count": { "type": "integer", "format": "int32" },
                  "items": { "type": "array", "items": { "type": "string" } },
                  "owner": { "type": "string" },
                  "note": { "type": "string" }
                }
              }
            }
          }
        }
        """;

    private static readonly CompiledSpec Api = CompiledSpec.From(new SpecFile("/specs/drift.json", Spec, "Drift", "DriftClient"));

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
    private readonly HttpClient _http = new();

    public ResponseReadingPolicyTests()
        => _server.Given(Request.Create().WithPath("/things").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"owner":"ann","note":"count and items are missing"}"""));

    private dynamic Client(bool strict)
    {
        var options = Activator.CreateInstance(Api.Type("Drift.DriftClientOptions"))!;
        options.GetType().GetProperty("BaseAddress")!.SetValue(options, new Uri(_server.Url! + "/"));
        options.GetType().GetProperty("StrictResponseReading")!.SetValue(options, strict);
        return Activator.CreateInstance(Api.Type("Drift.DriftClient"), _http, options)!;
    }

    [Fact]
    public async Task By_default_a_missing_required_property_reads_as_its_default_and_the_rest_is_kept()
    {
        object things = await Client(strict: false).ListThingsAsync();

        CompiledSpec.Property(things, "Count").ShouldBe(0);
        ((IEnumerable)CompiledSpec.Property(things, "Items")!).Cast<object>().ShouldBeEmpty();
        CompiledSpec.Property(things, "Owner").ShouldBe("ann");
        CompiledSpec.Property(things, "Note").ShouldBe("count and items are missing");
    }

    [Fact]
    public async Task The_response_metadata_names_each_missing_required_property_once()
    {
        object response = await Client(strict: false).ListThingsWithResponseAsync();

        var deviations = ((IEnumerable)CompiledSpec.Property(response, "Deviations")!).Cast<string>().ToList();
        deviations.Count.ShouldBe(2);
        deviations.ShouldContain(d => d.Contains("'count' of Things"));
        deviations.ShouldContain(d => d.Contains("'items' of Things"));
        CompiledSpec.Property(CompiledSpec.Property(response, "Value")!, "Owner").ShouldBe("ann");
    }

    [Fact]
    public async Task A_response_that_matches_the_spec_reports_no_deviations()
    {
        _server.Reset();
        _server.Given(Request.Create().WithPath("/things").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"count":1,"items":["a"],"owner":"ann"}"""));

        object response = await Client(strict: false).ListThingsWithResponseAsync();

        ((IEnumerable)CompiledSpec.Property(response, "Deviations")!).Cast<string>().ShouldBeEmpty();
    }

    [Fact]
    public async Task With_strict_reading_a_missing_required_property_fails_the_call_naming_it()
    {
        Task call = Client(strict: true).ListThingsAsync();

        var error = await Should.ThrowAsync<Exception>(call);
        error.GetType().Name.ShouldBe("DriftException");
        error.Message.ShouldContain("'count' of Things");
        ((int)error.GetType().GetProperty("Status")!.GetValue(error)!).ShouldBe(200);
    }

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
