using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OpenApiClientGenerator.Tests;

/// <summary>What a generated client puts on the wire, and how it reads what comes back (features/operations.yaml).</summary>
public sealed class OperationBehaviourTests : IDisposable
{
    private const string Ns = "Features.Operations";
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/operations.yaml"), Ns, "OperationsClient"));
    private readonly StubbedApi _stub = new(Api, Ns + ".OperationsClient", "/api/");

    private WireMockServer Server => _stub.Server;

    private dynamic Client => _stub.Client;

    public void Dispose() => _stub.Dispose();

    private WireMock.Logging.ILogEntry Single() => Server.LogEntries.ShouldHaveSingleItem();

    private void Respond(string method, string path, int status, string? body = null, string contentType = "application/json", Dictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", contentType).WithBody(body);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    [Fact]
    public async Task Query_header_and_cookie_parameters_follow_their_styles_and_response_headers_are_typed()
    {
        Respond("GET", "/api/items", 200, """[{"id":1,"name":"a"}]""", headers: new() { ["X-Total-Count"] = "7" });
        var sort = Activator.CreateInstance(Api.Type(Ns + ".Models.ListItemsSort"), "desc");

        var result = await Client.ListItemsAsync(
            ids: new List<long> { 1, 2 },
            tags: new List<string> { "a", "b c" },
            piped: new List<string> { "x", "y" },
            spaced: new List<string> { "x", "y" },
            filter: new Dictionary<string, string> { ["color"] = "red" },
            since: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            xTrace: new List<string> { "t1", "t2" },
            session: "s=1",
            sort: (dynamic)sort!);

        var request = Single().RequestMessage!;
        request.RawQuery.ShouldBe("?ids=1&ids=2&tags=a%2Cb%20c&piped=x%7Cy&spaced=x%20y&filter%5Bcolor%5D=red&since=2024-01-02T03%3A04%3A05Z&sort=desc");
        request.Headers!["X-Trace"].ShouldBe(new[] { "t1,t2" });
        request.Headers["Cookie"].ShouldBe(new[] { "session=s%3D1" });
        ((object)result.XTotalCount).ShouldBe(7L);
        ((int)result.Body.Count).ShouldBe(1);
    }

    [Fact]
    public async Task A_json_body_is_written_by_the_generated_converter_and_each_success_code_is_read()
    {
        Respond("POST", "/api/items", 201, """{"id":9,"name":"made","note":null}""");
        var item = Api.Deserialize("""{"name":"new","note":"n"}""", Ns + ".Models.Item");

        var created = await Client.CreateItemAsync(body: (dynamic)item!);

        var request = Single().RequestMessage!;
        request.Body.ShouldBe("""{"name":"new","note":"n"}""");
        request.Headers!["Content-Type"].ShouldBe(new[] { "application/json" });
        ((long?)created.Id).ShouldBe(9L);
    }

    [Fact]
    public async Task A_documented_success_without_a_body_reads_as_null()
    {
        Respond("POST", "/api/items", 202);
        var item = Api.Deserialize("""{"name":"later"}""", Ns + ".Models.Item");

        object? accepted = await Client.CreateItemAsync(body: (dynamic)item!);

        accepted.ShouldBeNull();
    }

    [Fact]
    public async Task A_range_error_reads_its_documented_body_into_the_exception()
    {
        Respond("POST", "/api/items", 422, """{"title":"Invalid name","status":422}""", "application/problem+json");
        var item = Api.Deserialize("""{"name":""}""", Ns + ".Models.Item");

        var ex = await Should.ThrowAsync<Exception>(async () => await Client.CreateItemAsync(body: (dynamic)item!));

        ex.GetType().Name.ShouldBe("OperationsException");
        dynamic error = ((dynamic)ex).Error;
        ((string)error.Title).ShouldBe("Invalid name");
        ((int)((dynamic)ex).Status).ShouldBe(422);
    }

    [Fact]
    public async Task A_form_body_is_urlencoded_and_a_text_response_is_returned_as_a_string()
    {
        Respond("PATCH", "/api/items/5", 200, "renamed to x", "text/plain");

        string text = await Client.RenameItemAsync(id: 5L, name: "x y", aliases: new List<string> { "a", "b" });

        var request = Single().RequestMessage!;
        request.Body.ShouldBe("name=x+y&aliases=a&aliases=b");
        request.Headers!["Content-Type"][0].ShouldStartWith("application/x-www-form-urlencoded");
        text.ShouldBe("renamed to x");
    }

    [Fact]
    public async Task A_multipart_upload_carries_the_file_and_the_fields()
    {
        Respond("PUT", "/api/items/5/photo", 204);
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("PNGDATA"));

        await Client.UploadPhotoAsync(id: 5L, file: file, caption: "front");

        var request = Single().RequestMessage!;
        request.Headers!["Content-Type"][0].ShouldStartWith("multipart/form-data");
        request.Body!.ShouldContain("PNGDATA");
        request.Body!.ShouldContain("name=caption");
        request.Body!.ShouldContain("front");
    }

    [Fact]
    public async Task Binary_bodies_are_streamed_both_ways()
    {
        Server.Given(Request.Create().WithPath("/api/raw").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithBody(new byte[] { 1, 2, 3, 250 }));
        using var upload = new MemoryStream(new byte[] { 9, 8, 7 });

        using Stream stream = await Client.EchoRawAsync(body: upload);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        copy.ToArray().ShouldBe(new byte[] { 1, 2, 3, 250 });
        var request = Single().RequestMessage!;
        request.BodyAsBytes.ShouldBe(new byte[] { 9, 8, 7 });
        request.Headers!["Content-Type"].ShouldBe(new[] { "application/octet-stream" });
    }

    [Fact]
    public async Task A_binary_body_comes_with_its_documented_headers()
    {
        Server.Given(Request.Create().WithPath("/api/exports/e1").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/octet-stream").WithHeader("X-Checksum", "abc").WithBody(new byte[] { 4, 5 }));

        var result = await Client.DownloadExportAsync("e1");
        using Stream stream = result.Body;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        copy.ToArray().ShouldBe(new byte[] { 4, 5 });
        ((string)result.XChecksum).ShouldBe("abc");
    }

    [Fact]
    public async Task A_text_body_is_sent_as_text()
    {
        Respond("PUT", "/api/notes", 204);

        await Client.PutNoteAsync(body: "hello");

        var request = Single().RequestMessage!;
        request.Body.ShouldBe("hello");
        request.Headers!["Content-Type"][0].ShouldStartWith("text/plain");
    }

    [Fact]
    public void The_spec_server_with_variables_is_the_default_base_address()
    {
        var options = Api.Type(Ns + ".OperationsClientOptions");

        options.GetProperty("DefaultBaseAddress")!.GetValue(null).ShouldBe(new Uri("https://eu.example.com/api/"));
    }

    [Fact]
    public async Task The_fluent_path_reaches_the_same_operation()
    {
        Respond("DELETE", "/api/items/3", 204);

#pragma warning disable CS0618 // deleteItem is deprecated in the spec
        await Client.Items.ById(3L).DeleteAsync();
#pragma warning restore CS0618

        Single().RequestMessage!.Path.ShouldBe("/api/items/3");
        Api.Type(Ns + ".OperationsClient").GetMethod("DeleteItemAsync")!.GetCustomAttributes(typeof(ObsoleteAttribute), false).ShouldNotBeEmpty();
    }
}
