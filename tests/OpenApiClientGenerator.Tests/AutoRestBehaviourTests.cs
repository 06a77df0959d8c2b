using System;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Swagger 2.0 as AutoRest services write it (features/autorest.json): a success body may be empty (null) unless its
/// schema says x-nullable: false; x-ms-paths operations are generated like paths.
/// </summary>
public sealed class AutoRestBehaviourTests : IDisposable
{
    private const string Ns = "Features.Autorest";
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/autorest.json"), Ns, "AutorestClient"));
    private readonly StubbedApi _stub = new(Api, Ns + ".AutorestClient", "/api/");

    private WireMockServer Server => _stub.Server;

    private dynamic Client => _stub.Client;

    public void Dispose() => _stub.Dispose();

    private void Respond(string path, int status, string? json)
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        Server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(response);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData(" \r\n")]
    public async Task An_empty_or_null_success_body_reads_as_null(string? body)
    {
        Respond("/api/things/t1", 200, body);

        object? thing = await Client.ThingsGetAsync("t1");

        thing.ShouldBeNull();
    }

    [Fact]
    public async Task A_body_declared_x_nullable_false_is_required()
    {
        Respond("/api/counts/c1", 200, null);

        var ex = await Should.ThrowAsync<Exception>(async () => await Client.CountsGetAsync("c1"));

        ex.GetType().Name.ShouldBe("AutorestException");
        ex.Message.ShouldContain("could not be read");
        Api.Type(Ns + ".AutorestClient").GetMethod("CountsGetAsync")!.ReturnType.ShouldBe(typeof(Task<int>));
    }

    [Fact]
    public async Task A_status_marked_x_ms_error_response_is_an_error_with_its_own_body()
    {
        Respond("/api/counts/c1", 400, "\"no such counter\"");

        var ex = await Should.ThrowAsync<Exception>(async () => await Client.CountsGetAsync("c1"));

        ((object?)((dynamic)ex).Error).ShouldBe("no such counter");
    }

    [Fact]
    public async Task X_ms_paths_operations_send_their_own_parameters_to_the_path_before_the_query()
    {
        Server.Given(Request.Create().WithPath("/api/drive").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""[{"name":"a.txt","size":3}]"""));

        var entries = await Client.DriveGetFolderAsync("folder", "docs");

        Server.LogEntries.ShouldHaveSingleItem().RequestMessage!.RawQuery.ShouldBe("?op=folder&name=docs");
        ((string)entries[0].Name).ShouldBe("a.txt");
        Api.Type(Ns + ".AutorestClient").GetMethod("DriveGetFileAsync").ShouldNotBeNull();
    }
}
