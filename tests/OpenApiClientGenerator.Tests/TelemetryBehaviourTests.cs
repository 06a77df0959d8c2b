using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// The spans and metrics of a generated client (features/paging.yaml), captured with an <see cref="ActivityListener"/>
/// and a <see cref="MetricCollector{T}"/> on the client's ActivitySource and Meter (named after its namespace): one span
/// and one duration per call, with the OpenTelemetry HTTP client attributes, and nothing from path or query values.
/// Other tests run clients of the same namespace in parallel, so what is captured is filtered by this server's port.
/// Also the response metadata of the <c>…WithResponseAsync</c> methods.
/// </summary>
public sealed class TelemetryBehaviourTests : IDisposable
{
    private const string Ns = PagingBehaviourTests.Ns;
    private const string Secret = "secret-987654321";
    private static readonly CompiledSpec Api = PagingBehaviourTests.Api;

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
    private readonly HttpClient _http;
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;
    private readonly MetricCollector<double> _durations = new(null, Ns, "openapi.client.operation.duration");

    public TelemetryBehaviourTests()
    {
        _http = new HttpClient { BaseAddress = new Uri(_server.Url! + "/api/") };
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Ns,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("server.port") is int port && port == Port)
                {
                    _stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    private int Port => new Uri(_server.Url!).Port;

    private dynamic Client => Api.Client(Ns + ".PagingClient", _http);

    public void Dispose()
    {
        _listener.Dispose();
        _durations.Dispose();
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private void Serve(string path, int status, string body, Dictionary<string, string>? headers = null)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers ?? new())
        {
            response = response.WithHeader(name, value);
        }

        _server.Given(Request.Create().WithPath(path).UsingGet()).RespondWith(response);
    }

    private List<CollectedMeasurement<double>> Durations()
        => _durations.GetMeasurementSnapshot().Where(measurement => measurement.Tags.TryGetValue("server.port", out var port) && port is int value && value == Port).ToList();

    [Fact]
    public async Task A_call_is_one_client_span_with_the_http_attributes_and_no_path_or_query_values()
    {
        Serve("/api/items/987654321", 200, """{"id":987654321,"name":"n"}""");

        await Client.GetItemAsync(987654321L);

        var span = _stopped.ShouldHaveSingleItem();
        span.Kind.ShouldBe(ActivityKind.Client);
        span.DisplayName.ShouldBe("GET /items/{id}");
        span.GetTagItem("openapi.operation.id").ShouldBe("getItem");
        span.GetTagItem("http.request.method").ShouldBe("GET");
        span.GetTagItem("url.template").ShouldBe("/items/{id}");
        span.GetTagItem("server.address").ShouldBe("127.0.0.1");
        span.GetTagItem("http.response.status_code").ShouldBe(200);
        span.GetTagItem("error.type").ShouldBeNull();
        span.Status.ShouldBe(ActivityStatusCode.Unset);
        span.TagObjects.Select(tag => Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)).ShouldAllBe(value => value == null || !value.Contains("987654321"));

        // HttpClient's request carries the span's trace as its parent.
        var traceparent = _server.LogEntries.ShouldHaveSingleItem().RequestMessage!.Headers!["traceparent"].ShouldHaveSingleItem();
        traceparent.ShouldContain(span.TraceId.ToHexString());
    }

    [Fact]
    public async Task Query_values_and_headers_stay_out_of_the_tags()
    {
        Serve("/api/items", 200, """{"value":[]}""");

        await Client.ListItemsAsync(filter: Secret);

        var span = _stopped.ShouldHaveSingleItem();
        span.TagObjects.Select(tag => Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture)).ShouldAllBe(value => value == null || !value.Contains(Secret));
        span.DisplayName.ShouldBe("GET /items");
    }

    [Fact]
    public async Task An_error_status_is_the_error_type_of_the_span_and_of_the_duration()
    {
        Serve("/api/items", 404, """{"title":"no"}""");

        await Should.ThrowAsync<Exception>(async () => await Client.ListItemsAsync());

        var span = _stopped.ShouldHaveSingleItem();
        span.GetTagItem("error.type").ShouldBe("404");
        span.GetTagItem("http.response.status_code").ShouldBe(404);
        span.Status.ShouldBe(ActivityStatusCode.Error);
        var duration = Durations().ShouldHaveSingleItem();
        duration.Tags["error.type"].ShouldBe("404");
        duration.Tags["http.response.status_code"].ShouldBe(404);
    }

    [Fact]
    public async Task A_network_failure_is_typed_by_its_exception()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/api/") };
        _server.Stop();

        await Should.ThrowAsync<Exception>(async () => await Api.Client(Ns + ".PagingClient", http).GetItemAsync(1L));

        var span = _stopped.ShouldHaveSingleItem();
        span.GetTagItem("error.type").ShouldBe(typeof(HttpRequestException).FullName);
        span.GetTagItem("http.response.status_code").ShouldBeNull();
    }

    [Fact]
    public async Task Every_call_records_one_duration_with_the_operation_and_its_attributes()
    {
        Serve("/api/items/1", 200, """{"id":1}""");
        Serve("/api/items", 200, """{"value":[{"id":1},{"id":2}]}""");

        await Client.GetItemAsync(1L);
        await PagingBehaviourTests.Collect((object)Client.ListItemsAllAsync());

        var durations = Durations();
        durations.Count.ShouldBe(2);
        durations.Select(d => d.Tags["openapi.operation.id"]).ShouldBe(new object?[] { "getItem", "listItems" });
        durations.ShouldAllBe(d => d.Value > 0);
        durations.ShouldAllBe(d => (string?)d.Tags["url.template"] != null && (string?)d.Tags["http.request.method"] == "GET" && (int?)d.Tags["http.response.status_code"] == 200);
        _stopped.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_response_gives_its_status_and_headers_without_credentials_with_the_value()
    {
        Serve("/api/items/7", 200, """{"id":7}""", new() { ["X-Request-Id"] = "req-7", ["Set-Cookie"] = "session=abc" });
        using var request = new HttpClient { BaseAddress = new Uri(_server.Url! + "/api/"), DefaultRequestHeaders = { { "X-Api-Key", "k" }, { "X-Caller", "me" } } };

        var response = await Api.Client(Ns + ".PagingClient", request).GetItemWithResponseAsync(7L);

        ((int)response.Status).ShouldBe(200);
        ((long)response.Value.Id).ShouldBe(7);
        var headers = (IReadOnlyDictionary<string, IReadOnlyList<string>>)response.Headers;
        headers["x-request-id"].ShouldBe(new[] { "req-7" });
        headers.ContainsKey("Set-Cookie").ShouldBeFalse();
        var sent = (IReadOnlyDictionary<string, IReadOnlyList<string>>)response.RequestHeaders;
        sent.ContainsKey("Accept").ShouldBeTrue();
        sent.ContainsKey("X-Api-Key").ShouldBeFalse();
    }

    [Fact]
    public async Task An_operation_without_a_body_still_answers_with_its_status()
    {
        _server.Given(Request.Create().WithPath("/api/items/1").UsingPut()).RespondWith(Response.Create().WithStatusCode(204).WithHeader("ETag", "\"v2\""));
        var itemType = Api.Type(Ns + ".Models.Item");
        var items = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;

        var response = await Client.ReplaceItemsWithResponseAsync(1L, (dynamic)items);

        ((int)response.Status).ShouldBe(204);
        ((IReadOnlyDictionary<string, IReadOnlyList<string>>)response.Headers)["ETag"].ShouldBe(new[] { "\"v2\"" });
    }
}
