using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Requests and responses exactly as the spec declares them (features/wire.yaml; README, "Responses and requests on the
/// wire"): media types, Content-Length, statuses and the results they make, formats, credentials.
/// </summary>
public sealed class WireBehaviourTests : IDisposable
{
    private const string Ns = "Features.Wire";
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/wire.yaml"), Ns, "WireClient"));
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
    private readonly HttpClient _http;

    private readonly List<Uri> _sentUris = new();

    public WireBehaviourTests() => _http = new HttpClient(new UriRecorder(_sentUris)) { BaseAddress = new Uri(_server.Url! + "/api/") };

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private WireMock.RequestMessage Sent() => (WireMock.RequestMessage)_server.LogEntries.ShouldHaveSingleItem().RequestMessage!;

    private dynamic Client(Action<dynamic>? configure = null)
    {
        var options = Api.New(Ns + ".WireClientOptions");
        configure?.Invoke(options);
        return Api.Client(Ns + ".WireClient", _http, (object)options);
    }

    private void Respond(string method, string path, int status, string? json = null, Dictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (json is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(json);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response = response.WithHeader(name, value);
        }

        _server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    private static Func<CancellationToken, ValueTask<string>> Secret(string value, List<CancellationToken>? calls = null)
        => token =>
        {
            calls?.Add(token);
            return new ValueTask<string>(value);
        };

    private static dynamic NewItem(string name) => Api.Deserialize($$"""{"name":"{{name}}"}""", Ns + ".Models.Item")!;

    [Fact]
    public async Task A_json_body_has_exactly_the_declared_media_type_and_a_content_length_and_accept_lists_what_can_be_read()
    {
        Respond("POST", "/api/items", 200, """{"id":1,"name":"a"}""");

        var result = await Client().CreateItemAsync(body: NewItem("a"));

        var request = Sent();
        request.Headers!["Content-Type"].ShouldBe(new[] { "application/json" });
        request.Headers["Content-Length"].ShouldBe(new[] { Encoding.UTF8.GetByteCount("""{"name":"a"}""").ToString(System.Globalization.CultureInfo.InvariantCulture) });
        request.Headers.ContainsKey("Transfer-Encoding").ShouldBeFalse();
        request.Body.ShouldBe("""{"name":"a"}""");

        // 200 also declares application/xml, which the client cannot read: it does not ask for it.
        request.Headers["Accept"].ShouldBe(new[] { "application/json" });
        ((int)result.Status).ShouldBe(200);
        ((long?)result.Ok.Id).ShouldBe(1L);
        ((object?)result.Created).ShouldBeNull();
    }

    [Fact]
    public async Task The_caller_chooses_among_the_media_types_the_body_may_be_sent_as()
    {
        Respond("POST", "/api/items", 200, """{"id":1}""");

        await Client().CreateItemAsync(body: NewItem("b"), contentType: "application/merge-patch+json");

        Sent().Headers!["Content-Type"].ShouldBe(new[] { "application/merge-patch+json" });
    }

    [Fact]
    public async Task Results_with_different_bodies_say_which_came_back_each_read_by_its_own_schema()
    {
        Respond("POST", "/api/items", 201, """{"id":7,"createdAt":"2024-01-02T03:04:05Z"}""", new() { ["Location"] = "/api/items/7" });

        var result = await Client().CreateItemAsync(body: NewItem("c"));

        ((int)result.Status).ShouldBe(201);
        ((object?)result.Ok).ShouldBeNull();
        ((long?)result.Created.Id).ShouldBe(7L);
        ((DateTimeOffset?)result.Created.CreatedAt).ShouldBe(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        ((string)result.Location).ShouldBe("/api/items/7");
    }

    [Fact]
    public async Task An_error_body_of_a_primitive_type_is_read_into_the_exception()
    {
        Respond("POST", "/api/items", 400, "42");

        var ex = await Should.ThrowAsync<Exception>(async () => await Client().CreateItemAsync(body: NewItem("d")));

        ex.GetType().Name.ShouldBe("WireException");
        ((int)((dynamic)ex).Status).ShouldBe(400);
        ((object?)((dynamic)ex).Error).ShouldBe(42);
    }

    [Fact]
    public async Task A_success_status_the_operation_does_not_declare_is_an_exception_with_its_status_and_body()
    {
        Respond("POST", "/api/items", 202, """{"queued":true}""");

        var ex = await Should.ThrowAsync<Exception>(async () => await Client().CreateItemAsync(body: NewItem("e")));

        ((int)((dynamic)ex).Status).ShouldBe(202);
        ((string)((dynamic)ex).ResponseBody).ShouldContain("queued");
    }

    [Theory]
    [InlineData(204, true)]
    [InlineData(404, false)]
    public async Task A_head_that_declares_404_answers_whether_the_resource_exists(int status, bool exists)
    {
        Respond("HEAD", "/api/items/5", status);

        bool answer = await Client().ItemExistsAsync(5L);

        answer.ShouldBe(exists);
    }

    [Fact]
    public async Task A_head_existence_check_still_fails_on_other_statuses()
    {
        Respond("HEAD", "/api/items/5", 500);

        var ex = await Should.ThrowAsync<Exception>(async () => await Client().ItemExistsAsync(5L));

        ((int)((dynamic)ex).Status).ShouldBe(500);
    }

    [Fact]
    public async Task A_declared_3xx_is_returned_with_its_headers()
    {
        Respond("GET", "/api/items/5", 304, headers: new() { ["ETag"] = "\"v2\"" });

        var result = await Client().GetItemAsync(5L);

        ((int)result.Status).ShouldBe(304);
        ((string)result.ETag).ShouldBe("\"v2\"");
        ((object?)result.Ok).ShouldBeNull();
    }

    [Fact]
    public async Task A_4xx_the_spec_marks_as_no_error_is_returned_with_its_body()
    {
        Respond("GET", "/api/items/5", 404, """{"deletedAt":"2024-05-01T00:00:00Z"}""");

        var result = await Client().GetItemAsync(5L);

        ((int)result.Status).ShouldBe(404);
        ((DateTimeOffset?)result.NotFound.DeletedAt).ShouldBe(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_media_type_with_parameters_is_sent_as_declared_and_text_is_encoded_in_its_charset()
    {
        Respond("PUT", "/api/notes", 204);

        await Client().PutNoteAsync(body: "héllo");

        var request = Sent();
        request.Headers!["Content-Type"].ShouldBe(new[] { "text/plain; charset=UTF-16" });
        request.BodyAsBytes.ShouldBe(Encoding.Unicode.GetBytes("héllo"));
    }

    [Fact]
    public async Task A_binary_body_goes_as_the_media_type_the_caller_chooses_and_a_download_accepts_every_declared_one()
    {
        Respond("PUT", "/api/photos", 204);
        _server.Given(Request.Create().WithPath("/api/photos").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "image/jpeg").WithBody(new byte[] { 0xFF, 0xD8 }));
        using var photo = new MemoryStream(new byte[] { 1, 2, 3 });

        await Client().UploadPhotoAsync(body: photo, contentType: "image/jpeg");
        using Stream download = await Client().DownloadPhotoAsync();

        var upload = _server.LogEntries[0].RequestMessage!;
        upload.Headers!["Content-Type"].ShouldBe(new[] { "image/jpeg" });
        upload.Headers["Content-Length"].ShouldBe(new[] { "3" });
        upload.BodyAsBytes.ShouldBe(new byte[] { 1, 2, 3 });
        _server.LogEntries[^1].RequestMessage!.Headers!["Accept"].ShouldBe(new[] { "image/png, image/jpeg" });
    }

    [Fact]
    public async Task A_multipart_array_of_files_sends_one_file_part_per_stream()
    {
        Respond("POST", "/api/gallery", 204);
        using var first = new MemoryStream(Encoding.UTF8.GetBytes("FIRST-FILE"));
        using var second = new MemoryStream(Encoding.UTF8.GetBytes("SECOND-FILE"));

        await Client().UploadGalleryAsync(caption: "two", files: new List<Stream> { first, second });

        var body = Sent().Body!;
        body.ShouldContain("FIRST-FILE");
        body.ShouldContain("SECOND-FILE");
        System.Text.RegularExpressions.Regex.Count(body, "name=files; filename=").ShouldBe(2);
        System.Text.RegularExpressions.Regex.Count(body, "Content-Type: application/octet-stream").ShouldBe(2);
    }

    [Fact]
    public async Task Content_header_parameters_go_on_the_content_even_without_a_body()
    {
        Respond("POST", "/api/echo", 204);

        await Client().EchoContentTypeAsync(contentType: "text/html; charset=utf-8", contentLanguage: "fr");

        var request = Sent();
        request.Headers!["Content-Type"].ShouldBe(new[] { "text/html; charset=utf-8" });
        request.Headers["Content-Language"].ShouldBe(new[] { "fr" });
        request.Headers["Content-Length"].ShouldBe(new[] { "0" });
    }

    [Fact]
    public async Task A_client_default_is_sent_when_the_caller_gives_no_value()
    {
        Respond("GET", "/api/defaults", 204);

        await Client().WithDefaultsAsync();
        await Client().WithDefaultsAsync(models: "mine", limit: 3L);

        _server.LogEntries.Select(entry => entry.RequestMessage!.RawQuery).ShouldBe(new[] { "?models=value1&limit=10", "?models=mine&limit=3" });
    }

    [Fact]
    public async Task Each_operation_sends_the_credentials_of_the_schemes_it_accepts_asking_for_them_on_each_call()
    {
        Respond("GET", "/api/keys", 204);
        Respond("POST", "/api/items", 200, """{"id":1}""");
        Respond("GET", "/api/public", 204);
        var tokenCalls = new List<CancellationToken>();
        using var cancellation = new CancellationTokenSource();
        var client = Client(options =>
        {
            options.HeaderKey = Secret("h-key");
            options.QueryKey = Secret("q key&");
            options.CookieKey = Secret("c=key");
            options.Bearer = Secret("the-token", tokenCalls);
        });

        await client.WithKeysAsync();
        await client.CreateItemAsync(body: NewItem("f"), cancellationToken: cancellation.Token);
        await client.GetPublicAsync();

        var (keys, item, open) = (_server.LogEntries[0].RequestMessage!, _server.LogEntries[1].RequestMessage!, _server.LogEntries[2].RequestMessage!);
        keys.Headers!["X-Api-Key"].ShouldBe(new[] { "h-key" });
        keys.RawQuery.ShouldBe("?api-key=q%20key%26");
        keys.Headers["Cookie"].ShouldBe(new[] { "session-key=c%3Dkey" });
        keys.Headers.ContainsKey("Authorization").ShouldBeFalse();
        item.Headers!["Authorization"].ShouldBe(new[] { "Bearer the-token" });
        item.Headers.ContainsKey("X-Api-Key").ShouldBeFalse();
        open.Headers!.ContainsKey("Authorization").ShouldBeFalse();
        open.Headers.ContainsKey("X-Api-Key").ShouldBeFalse();
        tokenCalls.ShouldBe(new[] { cancellation.Token });
    }

    [Fact]
    public async Task Basic_credentials_are_a_user_and_password()
    {
        Respond("GET", "/api/basic", 204);
        var client = Client(options => options.Basic =
            (Func<CancellationToken, ValueTask<NetworkCredential>>)(_ => new ValueTask<NetworkCredential>(new NetworkCredential("ann", "pä:ss"))));

        await client.WithBasicAsync();

        Sent().Headers!["Authorization"].ShouldBe(new[] { "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ann:pä:ss")) });
    }

    [Fact]
    public async Task Credentials_stay_out_of_the_exception()
    {
        Respond("GET", "/api/keys", 500, """{"oops":true}""");
        var client = Client(options =>
        {
            options.HeaderKey = Secret("h-key");
            options.QueryKey = Secret("q-secret");
            options.CookieKey = Secret("c-secret");
        });

        var ex = await Should.ThrowAsync<Exception>(async () => await client.WithKeysAsync());

        var headers = (IReadOnlyDictionary<string, IReadOnlyList<string>>)((dynamic)ex).RequestHeaders;
        headers.ContainsKey("X-Api-Key").ShouldBeFalse();
        headers.ContainsKey("Cookie").ShouldBeFalse();
        ex.ToString().ShouldNotContain("h-key");
        ex.ToString().ShouldNotContain("q-secret");
        ex.ToString().ShouldNotContain("c-secret");
    }

    [Fact]
    public async Task Credentials_are_never_sent_over_plain_http_to_another_machine()
    {
        using var remote = new HttpClient { BaseAddress = new Uri("http://wire.invalid/api/") };
        var asked = new List<CancellationToken>();
        var options = Api.New(Ns + ".WireClientOptions");
        options.Bearer = Secret("the-token", asked);
        var client = Api.Client(Ns + ".WireClient", remote, (object)options);

        var ex = await Should.ThrowAsync<InvalidOperationException>(async () => await client.CreateItemAsync(body: NewItem("g")));

        ex.Message.ShouldContain("Bearer");
        ex.Message.ShouldContain("http://wire.invalid");
        asked.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_failing_credential_callback_fails_the_call_with_the_clients_exception()
    {
        var client = Client(options => options.Bearer =
            (Func<CancellationToken, ValueTask<string>>)(_ => throw new TimeoutException("the identity provider did not answer")));

        var ex = await Should.ThrowAsync<Exception>(async () => await client.CreateItemAsync(body: NewItem("h")));

        ex.GetType().Name.ShouldBe("WireException");
        ex.InnerException.ShouldBeOfType<TimeoutException>();
        ex.Message.ShouldContain("Bearer");
        _server.LogEntries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Formats_are_written_and_read_as_declared_in_paths_queries_headers_and_bodies()
    {
        _server.Given(Request.Create().WithPath(new WildcardMatcher("/api/formats/*")).UsingGet()).RespondWith(Response.Create()
            .WithStatusCode(200)
            .WithHeader("Content-Type", "application/json")
            .WithHeader("X-When", "tue, 02 jan 2024 03:04:05 gmt")
            .WithHeader("X-Since", "1704164645")
            .WithHeader("X-Digest", "AQID")
            .WithHeader("X-Color", "green")
            .WithBody("""{"at":"2024-01-02T05:04:05.25+02:00","httpDate":"Tue, 02 Jan 2024 03:04:05 GMT","unix":1704164645,"token":"-_8"}"""));
        var instant = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var result = await Client().GetFormatsAsync(
            ids: new List<string> { "a b", "c,d" },
            labels: new List<string> { "x", "y" },
            pairs: new List<long> { 1, 2 },
            when: instant,
            since: instant,
            xSignature: new byte[] { 0xFB, 0xFF });

        _sentUris.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/api/formats/a%20b,c%2Cd/.x,y/;pairs=1;pairs=2?when=Tue%2C%2002%20Jan%202024%2003%3A04%3A05%20GMT&since=1704164645");
        Sent().Headers!["X-Signature"].ShouldBe(new[] { "-_8" });
        ((DateTimeOffset?)result.XWhen).ShouldBe(instant);
        ((DateTimeOffset?)result.XSince).ShouldBe(instant);
        ((byte[])result.XDigest).ShouldBe(new byte[] { 1, 2, 3 });
        ((string)result.XColor.Value).ShouldBe("green");
        ((DateTimeOffset)result.Body.At).ShouldBe(instant.AddMilliseconds(250));
        ((DateTimeOffset)result.Body.At).Offset.ShouldBe(TimeSpan.FromHours(2));
        ((DateTimeOffset?)result.Body.HttpDate).ShouldBe(instant);
        ((DateTimeOffset?)result.Body.Unix).ShouldBe(instant);
        ((byte[])result.Body.Token).ShouldBe(new byte[] { 0xFB, 0xFF });
    }

    [Fact]
    public async Task Date_times_are_written_as_utc_instants_with_z_and_the_fractional_digits_they_have()
    {
        _server.Given(Request.Create().WithPath(new WildcardMatcher("/api/formats/*")).UsingPut()).RespondWith(Response.Create().WithStatusCode(204));
        var formats = Api.Deserialize("""{"at":"9999-12-31T23:59:59.9999999Z","httpDate":"Mon, 01 Jan 0001 00:00:00 GMT","unix":0,"token":""}""", Ns + ".Models.Formats");
        var local = Api.Deserialize("""{"at":"1980-01-02T00:11:35+01:00","httpDate":"Wed, 02 Jan 1980 00:11:35 GMT","unix":-1,"token":"AQ"}""", Ns + ".Models.Formats");

        await Client().PutFormatsAsync(new List<string> { "a" }, new List<string> { "b" }, new List<long> { 1 }, (dynamic)formats!);
        await Client().PutFormatsAsync(new List<string> { "a" }, new List<string> { "b" }, new List<long> { 1 }, (dynamic)local!);

        _server.LogEntries.Select(entry => entry.RequestMessage!.Body).ShouldBe(new[]
        {
            """{"at":"9999-12-31T23:59:59.9999999Z","httpDate":"Mon, 01 Jan 0001 00:00:00 GMT","unix":0,"token":""}""",
            """{"at":"1980-01-01T23:11:35Z","httpDate":"Wed, 02 Jan 1980 00:11:35 GMT","unix":-1,"token":"AQ"}""",
        });
    }

    [Theory]
    [InlineData("""{"httpDate":"Tue, 02 Jan 2024 03:04:0A GMT"}""", "RFC 1123")]
    [InlineData("""{"httpDate":"Sat, 1 Jan 10000 00:00:00 GMT"}""", "RFC 1123")]
    [InlineData("""{"unix":253402300800}""", "Unix time")]
    [InlineData("""{"token":"a+b/"}""", "base64url")]
    public void A_value_its_format_cannot_hold_is_a_located_json_error(string json, string expected)
    {
        var ex = Should.Throw<System.Text.Json.JsonException>(() => Api.Deserialize(json, Ns + ".Models.Formats"));

        ex.Message.ShouldContain(expected);
    }

    [Fact]
    public async Task An_empty_array_path_segment_is_refused_before_sending()
    {
        var ex = await Should.ThrowAsync<ArgumentException>(async () => await Client().GetFormatsAsync(new List<string>(), new List<string> { "x" }, new List<long> { 1 }));

        ex.ParamName.ShouldBe("ids");
        _server.LogEntries.ShouldBeEmpty();
    }
}
