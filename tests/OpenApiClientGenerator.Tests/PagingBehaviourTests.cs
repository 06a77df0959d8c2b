using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Pageable operations (features/paging.yaml) against WireMock stubs on 127.0.0.1: every item across pages in order,
/// page by page with continuation tokens, the link object's headers sent, and the rules that keep a walk safe: a next
/// link is followed only on the base address's origin (the other server is never contacted), a repeated link and more
/// pages than MaxPages fail the walk, cancellation between pages stops it. Requests are counted from the servers' logs.
/// </summary>
public sealed class PagingBehaviourTests : IDisposable
{
    internal const string Ns = "Features.Paging";
    internal static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/paging.yaml"), Ns, "PagingClient"));
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
    private readonly HttpClient _http;

    public PagingBehaviourTests() => _http = new HttpClient { BaseAddress = new Uri(_server.Url! + "/api/") };

    public void Dispose()
    {
        _http.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private dynamic Client(int? maxPages = null)
    {
        var options = Api.New(Ns + ".PagingClientOptions");
        options.MaxPages = maxPages;
        return Api.Client(Ns + ".PagingClient", _http, options);
    }

    private void Serve(string path, string json, string? query = null, int priority = 10, (string Name, string Value)? header = null)
    {
        var request = Request.Create().WithPath(path).UsingGet();
        if (query is not null)
        {
            var (name, value) = (query.Split('=')[0], query.Split('=')[1]);
            request = request.WithParam(name, value);
        }

        if (header is { } required)
        {
            request = request.WithHeader(required.Name, required.Value);
        }

        _server.Given(request).AtPriority(priority).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(json));
    }

    private static string Items(params long[] ids) => string.Join(",", ids.Select(id => $$"""{"id":{{id}},"name":"item {{id}}","kind":"plain"}"""));

    /// <summary>Three pages: a relative next link, then an absolute one, then none.</summary>
    private void ServeThreePages()
    {
        Serve("/api/items", $$"""{"value":[{{Items(1, 2)}}],"nextLink":"items?page=2","count":2}""", priority: 20);
        Serve("/api/items", $$"""{"nextLink":"{{_server.Url}}/api/items?page=3","value":[{{Items(3, 4)}}]}""", "page=2");
        Serve("/api/items", $$"""{"value":[{{Items(5)}}]}""", "page=3");
    }

    internal static async Task<List<object>> Collect(object asyncEnumerable, CancellationToken cancellationToken = default)
    {
        var list = new List<object>();
        await foreach (var item in ((IAsyncEnumerable<object>)asyncEnumerable).WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    private static async Task<Exception> Failure(Func<Task> walk)
    {
        var ex = await Should.ThrowAsync<Exception>(() => walk().WaitAsync(HangGuard));
        ex.ShouldNotBeOfType<TimeoutException>("the walk hung until the test's guard");
        return ex;
    }

    private List<string> RequestedUrls() => _server.LogEntries.OrderBy(entry => entry.RequestMessage!.DateTime).Select(entry => entry.RequestMessage!.Url).ToList();

    [Fact]
    public async Task Every_item_of_three_pages_comes_in_order_and_each_page_is_requested_once()
    {
        ServeThreePages();

        var items = await Collect((object)Client().ListItemsAllAsync(filter: "all"));

        items.Select(item => (long)((dynamic)item).Id).ShouldBe(new long[] { 1, 2, 3, 4, 5 });
        RequestedUrls().ShouldBe(new[] { $"{_server.Url}/api/items?filter=all", $"{_server.Url}/api/items?page=2", $"{_server.Url}/api/items?page=3" });
    }

    [Fact]
    public async Task Nothing_is_sent_until_the_enumeration_starts_and_each_enumeration_starts_again()
    {
        ServeThreePages();
        object pageable = Client().ListItemsAllAsync();
        _server.LogEntries.ShouldBeEmpty();

        (await Collect(pageable)).Count.ShouldBe(5);
        (await Collect(pageable)).Count.ShouldBe(5);

        _server.LogEntries.Count.ShouldBe(6);
    }

    [Fact]
    public async Task Pages_give_their_items_status_headers_and_a_token_that_resumes_the_walk()
    {
        ServeThreePages();

        var pages = await Collect((object)Client().ListItemsAllAsync().AsPages());

        pages.Select(page => ((IEnumerable<object>)((dynamic)page).Values).Count()).ShouldBe(new[] { 2, 2, 1 });
        pages.Select(page => (int)((dynamic)page).Status).ShouldAllBe(status => status == 200);
        ((IReadOnlyDictionary<string, IReadOnlyList<string>>)((dynamic)pages[0]).Headers)["Content-Type"].ShouldBe(new[] { "application/json" });
        var token = (string)((dynamic)pages[0]).ContinuationToken;
        token.ShouldBe($"{_server.Url}/api/items?page=2");
        ((string?)((dynamic)pages[2]).ContinuationToken).ShouldBeNull();

        _server.ResetLogEntries();
        var resumed = await Collect((object)Client().ListItemsAllAsync().AsPages(token));

        resumed.Count.ShouldBe(2);
        RequestedUrls().ShouldBe(new[] { $"{_server.Url}/api/items?page=2", $"{_server.Url}/api/items?page=3" });
    }

    [Fact]
    public async Task A_page_tells_what_its_body_lacked_that_the_spec_requires()
    {
        // The second page's item has no id (required); the other pages match the spec.
        Serve("/api/items", $$"""{"value":[{{Items(1)}}],"nextLink":"items?page=2"}""", priority: 20);
        Serve("/api/items", """{"value":[{"name":"no id"}],"nextLink":"items?page=3"}""", "page=2");
        Serve("/api/items", $$"""{"value":[{{Items(3)}}]}""", "page=3");

        var pages = await Collect((object)Client().ListItemsAllAsync().AsPages());

        pages.Select(page => ((IEnumerable<string>)((dynamic)page).Deviations).Count()).ShouldBe(new[] { 0, 1, 0 });
        ((IEnumerable<string>)((dynamic)pages[1]).Deviations).Single().ShouldContain("'id' of Item");
        ((long)((dynamic)((IEnumerable<object>)((dynamic)pages[1]).Values).Single()).Id).ShouldBe(0);
    }

    [Fact]
    public async Task A_plain_call_of_a_pageable_operation_returns_the_first_page_whole()
    {
        ServeThreePages();

        var page = await Client().ListItemsAsync();

        ((IEnumerable<object>)page.Value).Count().ShouldBe(2);
        ((string)page.NextLink).ShouldBe("items?page=2");
        ((int?)page.Count).ShouldBe(2);
        _server.LogEntries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_link_object_is_requested_with_its_method_and_headers()
    {
        const string Page1 = """{"totalCount":3,"items":[{"id":1},{"id":2}],"links":{"self":{"uri":"linked/items","method":"GET","headers":[]},"next":{"uri":"linked/items?seek=next","method":"GET","headers":[{"key":"X-Continuation","value":"token-2"}]}}}""";
        const string Page2 = """{"links":{"next":{"uri":"/api/linked/items?seek=next","method":"GET","headers":[{"key":"X-Continuation","value":"token-3"}]}},"totalCount":3,"items":[{"id":3}]}""";
        const string Page3 = """{"totalCount":3,"items":[]}""";
        Serve("/api/linked/items", Page1, priority: 20);
        Serve("/api/linked/items", Page2, "seek=next", header: ("X-Continuation", "token-2"));
        Serve("/api/linked/items", Page3, "seek=next", header: ("X-Continuation", "token-3"));

        var items = await Collect((object)Client().ListLinkedItemsAllAsync());

        items.Select(item => (long?)((dynamic)item).Id).ShouldBe(new long?[] { 1, 2, 3 });
        var continuations = _server.LogEntries.OrderBy(entry => entry.RequestMessage!.DateTime)
            .Select(entry => entry.RequestMessage!.Headers!.TryGetValue("X-Continuation", out var values) ? values.Single() : null).ToList();
        continuations.ShouldBe(new[] { null, "token-2", "token-3" });
    }

    [Fact]
    public async Task A_link_object_token_resumes_with_its_headers()
    {
        const string Page1 = """{"totalCount":2,"items":[{"id":1}],"links":{"next":{"uri":"linked/items?seek=next","method":"GET","headers":[{"key":"X-Continuation","value":"token-2"}]}}}""";
        Serve("/api/linked/items", Page1, priority: 20);
        Serve("/api/linked/items", """{"totalCount":2,"items":[{"id":2}]}""", "seek=next", header: ("X-Continuation", "token-2"));
        var first = (await Collect((object)Client().ListLinkedItemsAllAsync().AsPages()))[0];

        var rest = await Collect((object)Client().ListLinkedItemsAllAsync().AsPages((string)((dynamic)first).ContinuationToken));

        rest.Count.ShouldBe(1);
        ((IEnumerable<object>)((dynamic)rest[0]).Values).Select(item => (long?)((dynamic)item).Id).ShouldBe(new long?[] { 2 });
    }

    [Fact]
    public async Task OData_and_x_ms_pageable_next_links_are_followed()
    {
        Serve("/api/odata/items", $$"""{"value":[{{Items(1)}}],"@odata.nextLink":"{{_server.Url}}/api/odata/items?$skip=1"}""", priority: 20);
        Serve("/api/odata/items", $$"""{"value":[{{Items(2)}}]}""", "$skip=1");
        Serve("/api/custom/items", $$"""{"entries":[{{Items(1)}}],"continueAt":"custom/items?at=2"}""", priority: 20);
        Serve("/api/custom/items", $$"""{"entries":[{{Items(2)}}]}""", "at=2");

        (await Collect((object)Client().ListODataItemsAllAsync())).Count.ShouldBe(2);
        (await Collect((object)Client().ListCustomItemsAllAsync())).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("elsewhere")]
    [InlineData("localhost")]
    [InlineData("https")]
    public async Task A_next_link_to_another_origin_is_refused_and_that_server_is_never_contacted(string where)
    {
        using var other = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
        other.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"value":[]}"""));
        var port = new Uri(_server.Url!).Port;
        var link = where switch
        {
            "elsewhere" => $"{other.Url}/api/items?page=2",
            "localhost" => $"http://localhost:{port}/api/items?page=2",
            _ => $"https://127.0.0.1:{port}/api/items?page=2",
        };
        Serve("/api/items", $$"""{"value":[{{Items(1)}}],"nextLink":"{{link}}"}""");
        var seen = new List<object>();

        var ex = await Failure(async () =>
        {
            await foreach (var item in (IAsyncEnumerable<object>)Client().ListItemsAllAsync())
            {
                seen.Add(item);
            }
        });

        ex.GetType().Name.ShouldBe("PagingException");
        ((string)ex.Message).ShouldContain("not followed");
        ((string)ex.Message).ShouldContain($"{_server.Url}".Replace("http://", string.Empty, StringComparison.Ordinal));
        ((int)((dynamic)ex).Status).ShouldBe(200);
        seen.Count.ShouldBe(1);
        other.LogEntries.ShouldBeEmpty();
        _server.LogEntries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_next_link_that_repeats_stops_the_walk_with_an_error()
    {
        Serve("/api/items", $$"""{"value":[{{Items(1)}}],"nextLink":"items?page=2"}""", priority: 20);
        Serve("/api/items", $$"""{"value":[{{Items(2)}}],"nextLink":"items?page=2"}""", "page=2");

        var ex = await Failure(() => Collect((object)Client().ListItemsAllAsync()));

        ex.GetType().Name.ShouldBe("PagingException");
        ex.Message.ShouldContain("already followed");
        _server.LogEntries.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_next_link_back_to_the_first_page_is_a_repeat_too()
    {
        Serve("/api/items", $$"""{"value":[{{Items(1)}}],"nextLink":"items"}""");

        var ex = await Failure(() => Collect((object)Client().ListItemsAllAsync()));

        ex.Message.ShouldContain("already followed");
        _server.LogEntries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task More_pages_than_MaxPages_fail_the_walk_after_that_many_requests()
    {
        ServeThreePages();

        var ex = await Failure(() => Collect((object)Client(maxPages: 2).ListItemsAllAsync()));

        ex.GetType().Name.ShouldBe("PagingException");
        ex.Message.ShouldContain("MaxPages (2)");
        _server.LogEntries.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_before_the_next_request()
    {
        ServeThreePages();
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in ((IAsyncEnumerable<object>)Client().ListItemsAllAsync()).WithCancellation(cancellation.Token))
            {
                if (++seen == 2)
                {
                    cancellation.Cancel();
                }
            }
        });

        seen.ShouldBe(2);
        _server.LogEntries.Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_error_status_on_a_later_page_is_the_client_exception_with_its_error_body()
    {
        Serve("/api/items", $$"""{"value":[{{Items(1)}}],"nextLink":"items?page=2"}""", priority: 20);
        _server.Given(Request.Create().WithPath("/api/items").WithParam("page", "2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(404).WithHeader("Content-Type", "application/json").WithBody("""{"title":"gone"}"""));

        var ex = await Failure(() => Collect((object)Client().ListItemsAllAsync()));

        ((int)((dynamic)ex).Status).ShouldBe(404);
        ((string)((dynamic)ex).Error.Title).ShouldBe("gone");
    }

    [Fact]
    public async Task A_continuation_token_to_another_origin_is_refused_before_anything_is_sent()
    {
        var ex = await Should.ThrowAsync<ArgumentException>(() => Collect((object)Client().ListItemsAllAsync().AsPages("https://example.org/api/items?page=2")));

        ex.Message.ShouldContain("not followed");
        _server.LogEntries.ShouldBeEmpty();
    }
}
