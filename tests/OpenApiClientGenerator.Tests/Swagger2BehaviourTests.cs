using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApiClientGenerator.Tests;

/// <summary>Swagger 2.0 documents are read through the same model: collectionFormat, body and formData parameters, host.</summary>
public sealed class Swagger2BehaviourTests : IDisposable
{
    private const string Ns = "Features.Swagger2";
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/swagger2.yaml"), Ns, "LegacyClient"));
    private readonly StubbedApi _stub = new(Api, Ns + ".LegacyClient", "/v2/");

    private WireMockServer Server => _stub.Server;

    private dynamic Client => _stub.Client;

    public void Dispose() => _stub.Dispose();

    [Fact]
    public async Task Collection_formats_multi_and_csv_shape_the_query()
    {
        Server.Given(Request.Create().WithPath("/v2/pets").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""[{"name":"a","tag":null,"kind":"cat"}]"""));

        var pets = await Client.FindPetsAsync(tags: new List<string> { "x", "y" }, ids: new List<long> { 1, 2 }, limit: 10);

        Server.LogEntries.ShouldHaveSingleItem().RequestMessage!.RawQuery.ShouldBe("?tags=x&tags=y&ids=1%2C2&limit=10");
        ((string)pets[0].Kind.Value).ShouldBe("cat");
    }

    [Fact]
    public async Task A_formData_file_is_uploaded_as_multipart()
    {
        Server.Given(Request.Create().WithPath("/v2/pets/4/image").UsingPost()).RespondWith(Response.Create().WithStatusCode(200));
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("JPEGBYTES"));

        await Client.UploadImageAsync(petId: 4L, file: file, note: "side");

        var request = Server.LogEntries.ShouldHaveSingleItem().RequestMessage!;
        request.Headers!["Content-Type"][0].ShouldStartWith("multipart/form-data");
        request.Body!.ShouldContain("JPEGBYTES");
        request.Body!.ShouldContain("side");
    }

    [Fact]
    public async Task A_binary_body_parameter_is_streamed_with_its_consumes_media_type()
    {
        Server.Given(Request.Create().WithPath("/v2/files/a.zip").UsingPut()).RespondWith(Response.Create().WithStatusCode(204));
        using var file = new MemoryStream(new byte[] { 0x50, 0x4B, 3, 4 });

        await Client.UploadFileAsync(path: "a.zip", fileBody: file);

        var request = Server.LogEntries.ShouldHaveSingleItem().RequestMessage!;
        request.BodyAsBytes.ShouldBe(new byte[] { 0x50, 0x4B, 3, 4 });
        request.Headers!["Content-Type"].ShouldBe(new[] { "application/octet-stream" });
    }

    [Fact]
    public void Host_base_path_and_https_make_the_default_base_address()
        => Api.Type(Ns + ".LegacyClientOptions").GetProperty("DefaultBaseAddress")!.GetValue(null).ShouldBe(new Uri("https://legacy.example.com/v2/"));
}
