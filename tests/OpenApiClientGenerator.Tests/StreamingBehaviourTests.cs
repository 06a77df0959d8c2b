using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// How a generated client reads a body (features/paging.yaml): from the stream, as it arrives, with the same result
/// however the body is cut into reads (one byte at a time included); items handed over before the body ends; repeated
/// short strings shared within one call; a JSON request body sent with its Content-Length. Expected values are read
/// from the same JSON with System.Text.Json, never written by hand.
/// </summary>
public sealed class StreamingBehaviourTests
{
    private const string Ns = PagingBehaviourTests.Ns;
    private static readonly CompiledSpec Api = PagingBehaviourTests.Api;
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private static dynamic Client(HttpClient http, long? maxResponseBodySize = null, TimeSpan? timeout = null)
    {
        var options = Api.New(Ns + ".PagingClientOptions");
        options.MaxResponseBodySize = maxResponseBodySize;
        if (timeout is { } total)
        {
            options.Timeout = total;
        }

        return Api.Client(Ns + ".PagingClient", http, options);
    }

    /// <summary>A client whose every response is <paramref name="body"/>, read from the stream at most <paramref name="chunk"/> bytes at a time.</summary>
    private static (dynamic Client, HttpClient Http) Trickled(byte[] body, int chunk, bool contentLength = true, long? maxResponseBodySize = null)
    {
        var http = new HttpClient(new FixedResponseHandler(body, chunk, contentLength)) { BaseAddress = new Uri("http://127.0.0.1/api/") };
        return (Client(http, maxResponseBodySize), http);
    }

    /// <summary>A page of <paramref name="count"/> strict items with everything the reader must get right across reads.</summary>
    private static string HardPage(int count)
    {
        var items = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = (i % 5) switch
            {
                0 => "plain",
                1 => "quote \\\" and \\u00e9scape",
                2 => "non-ASCII ÉDITION – ✓",
                3 => new string('x', 100_000 + i),
                _ => "plain",
            };

            // An unknown property makes the strict item's converter Skip, which partial input does not allow.
            var unknown = i % 3 == 0 ? ",\"unknown\":{\"deep\":[1,2,{\"x\":\"y\"}]}" : string.Empty;
            items.Add($$"""{"id":{{i}},"name":"{{name}}"{{unknown}}}""");
        }

        return "{\"totalCount\":" + count + ", \"items\" : [ " + string.Join(" , ", items) + " ] , \"links\":{\"self\":{\"uri\":\"linked/items\"}}}";
    }

    private static List<(long? Id, string? Name)> Expected(string json, string arrayProperty)
    {
        using var document = JsonDocument.Parse(json);
        var array = arrayProperty.Length == 0 ? document.RootElement : document.RootElement.GetProperty(arrayProperty);
        return array.EnumerateArray().Select(item => ((long?)item.GetProperty("id").GetInt64(), item.TryGetProperty("name", out var name) ? name.GetString() : null)).ToList();
    }

    private static List<(long? Id, string? Name)> Read(IEnumerable<object> items)
        => items.Select(item => ((long?)((dynamic)item).Id, (string?)((dynamic)item).Name)).ToList();

    // With Content-Length a page this small is read whole in one pass; without, element by element as a large one is.
    [Theory]
    [InlineData(1, true)]
    [InlineData(1, false)]
    [InlineData(7, true)]
    [InlineData(7, false)]
    [InlineData(4096, false)]
    [InlineData(int.MaxValue, true)]
    [InlineData(int.MaxValue, false)]
    public async Task A_page_reads_the_same_however_its_body_is_cut_into_reads(int chunk, bool contentLength)
    {
        var json = HardPage(chunk == 1 ? 5 : 12);
        var expected = Expected(json, "items");
        var (client, http) = Trickled(Encoding.UTF8.GetBytes("\uFEFF" + json), chunk, contentLength);
        using (http)
        {
            var page = await client.ListLinkedItemsAsync();
            Read((IEnumerable<object>)page.Items).ShouldBe(expected);
            ((int)page.TotalCount).ShouldBe(expected.Count);
            ((string)page.Links.Self.Uri.OriginalString).ShouldBe("linked/items");

            var streamed = await PagingBehaviourTests.Collect((object)client.ListLinkedItemsAllAsync());
            Read(streamed).ShouldBe(expected);
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(1000, false)]
    public async Task A_top_level_array_is_read_element_by_element_with_the_same_result(int chunk, bool contentLength)
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 2000).Select(i => $$"""{"id":{{i}},"name":"n{{i % 7}}","tags":["a","b"]}""")) + "]";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), chunk, contentLength);
        using (http)
        {
            Read((IEnumerable<object>)await client.ListAllAsync()).ShouldBe(Expected(json, string.Empty));
        }
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(1000)]
    public async Task An_element_larger_than_what_is_buffered_is_never_taken_for_whole(int chunk)
    {
        // The first element is larger than the first reads: a converter that runs out of data in its tags array, or
        // between two properties, ends without an error; the reader must see that it did not reach the element's end.
        var big = $$"""{"id":0,"tags":[{{string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"t{i % 10}\""))}}],"name":"big","kind":"k"}""";
        var json = "[" + big + "," + string.Join(",", Enumerable.Range(1, 50).Select(i => $$"""{"id":{{i}},"name":"n","tags":["a"]}""")) + "]";
        using var document = JsonDocument.Parse(json);
        var expected = document.RootElement.EnumerateArray().Select(item => (item.GetProperty("id").GetInt64(), item.GetProperty("name").GetString(), item.GetProperty("tags").GetArrayLength())).ToList();
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), chunk);
        using (http)
        {
            var items = ((IEnumerable<object>)await client.ListAllAsync()).Select(item => (dynamic)item)
                .Select(item => ((long)item.Id, (string?)item.Name, ((IEnumerable<string>)item.Tags).Count())).ToList();

            items.ShouldBe(expected);
        }
    }

    [Fact]
    public async Task An_object_body_dripped_a_byte_at_a_time_reads_whole()
    {
        var json = """{"id":42,"name":"drip","kind":"k","tags":["x","y","z"]}""";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), 1);
        using (http)
        {
            var item = await client.GetItemAsync(42L);
            ((long)item.Id).ShouldBe(42);
            ((IEnumerable<string>)item.Tags).ShouldBe(new[] { "x", "y", "z" });
        }
    }

    [Fact]
    public async Task The_first_items_are_handed_over_before_the_body_ends_and_a_million_items_stream_through()
    {
        const int Total = 1_000_000;
        var firstItemSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json"), stop);
            await stream.WriteAsync(Encoding.UTF8.GetBytes("""{"value":[{"id":0,"kind":"first"}"""), stop);
            await stream.FlushAsync(stop);

            // The rest is sent only once the client has handed over the first item: a client that waited for the whole
            // body would never get it (and the test's guard would end it).
            await firstItemSeen.Task.WaitAsync(stop);
            var chunk = new StringBuilder();
            for (var i = 1; i < Total; i++)
            {
                chunk.Append(",{\"id\":").Append(i).Append(",\"kind\":\"k\"}");
                if (chunk.Length > 60_000)
                {
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(chunk.ToString()), stop);
                    chunk.Clear();
                }
            }

            chunk.Append("]}");
            await stream.WriteAsync(Encoding.UTF8.GetBytes(chunk.ToString()), stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);
        long count = 0;
        long sum = 0;

        await Task.Run(async () =>
        {
            await foreach (var item in (IAsyncEnumerable<object>)client.ListItemsAllAsync())
            {
                firstItemSeen.TrySetResult();
                count++;
                sum += (long)((dynamic)item).Id;
            }
        }).WaitAsync(HangGuard);

        count.ShouldBe(Total);
        sum.ShouldBe((long)Total * (Total - 1) / 2);
    }

    [Fact]
    public async Task Holding_an_item_longer_than_the_timeout_does_not_count_when_nothing_had_waited_before_it()
    {
        // The response and the first read of the body are there at once, so the call's clock has not started when the
        // first item is handed over; the caller holds it for longer than Timeout, then the later reads wait.
        var json = "{\"value\":[" + string.Join(",", Enumerable.Range(0, 500).Select(i => $$"""{"id":{{i}},"kind":"k"}""")) + "]}";
        using var http = new HttpClient(new FixedResponseHandler(Encoding.UTF8.GetBytes(json), 1024, contentLength: false, readsAtOnce: 1)) { BaseAddress = new Uri("http://127.0.0.1/api/") };
        var client = Client(http, timeout: TimeSpan.FromSeconds(2));
        var ids = new List<long>();

        await Task.Run(async () =>
        {
            await foreach (var item in (IAsyncEnumerable<object>)client.ListItemsAllAsync())
            {
                if (ids.Count == 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds(3));
                }

                ids.Add((long)((dynamic)item).Id);
            }
        }).WaitAsync(HangGuard);

        ids.ShouldBe(Enumerable.Range(0, 500).Select(i => (long)i));
    }

    [Fact]
    public async Task Cancelling_while_a_pages_items_are_handed_over_stops_at_the_next_item()
    {
        // The whole page arrives in the first read: every later item is handed over from what is buffered, with no
        // read that would see the cancellation.
        var json = "{\"value\":[" + string.Join(",", Enumerable.Range(0, 2000).Select(i => $$"""{"id":{{i}},"kind":"k"}""")) + "]}";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), int.MaxValue, contentLength: false);
        using (http)
        {
            using var cancel = new CancellationTokenSource();
            var seen = 0;
            var ex = await Should.ThrowAsync<OperationCanceledException>(async () =>
            {
                await foreach (var item in ((IAsyncEnumerable<object>)client.ListItemsAllAsync()).WithCancellation(cancel.Token))
                {
                    seen++;
                    cancel.Cancel();
                }
            });

            seen.ShouldBe(1);
            ex.CancellationToken.ShouldBe(cancel.Token);
        }
    }

    // Streamed (no Content-Length, as a large page), the items before the cut are handed over first; a small page with
    // its Content-Length is read whole, so the cut fails it before any item. Either way: the client's exception.
    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public async Task A_body_that_breaks_off_mid_item_fails_with_the_status_and_an_excerpt(bool contentLength, int handedOver)
    {
        const string Json = """{"value":[{"id":1,"name":"whole"},{"id":2,"name":"cut of""";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(Json), 8, contentLength);
        using (http)
        {
            var seen = new List<object>();
            var ex = await Should.ThrowAsync<Exception>(async () =>
            {
                await foreach (var item in (IAsyncEnumerable<object>)client.ListItemsAllAsync())
                {
                    seen.Add(item);
                }
            });

            seen.Count.ShouldBe(handedOver);
            ex.GetType().Name.ShouldBe("PagingException");
            ((int)((dynamic)ex).Status).ShouldBe(200);
            ((string)((dynamic)ex).ResponseBody).ShouldBe(Json);
            ex.InnerException.ShouldBeAssignableTo<JsonException>();
        }
    }

    [Fact]
    public async Task Content_after_the_json_value_fails_the_call()
    {
        var (client, http) = Trickled(Encoding.UTF8.GetBytes("""{"id":1} {"id":2}"""), 4);
        using (http)
        {
            var ex = await Should.ThrowAsync<Exception>(async () => await client.GetItemAsync(1L));

            ex.GetType().Name.ShouldBe("PagingException");
            ex.Message.ShouldContain("could not be read");
        }
    }

    [Fact]
    public async Task A_streamed_body_over_MaxResponseBodySize_fails_without_reading_on()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 1000).Select(i => $$"""{"id":{{i}}}""")) + "]";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), 100, contentLength: false, maxResponseBodySize: 1000);
        using (http)
        {
            var ex = await Should.ThrowAsync<Exception>(async () => await client.ListAllAsync());

            ex.GetType().Name.ShouldBe("PagingException");
            ex.Message.ShouldContain("MaxResponseBodySize (1000 bytes)");
        }
    }

    [Fact]
    public async Task Repeated_short_strings_are_one_instance_within_a_call_and_not_across_calls()
    {
        var json = """{"value":[{"id":1,"name":"alpha","kind":"plain"},{"id":2,"name":"beta","kind":"plain"},{"id":3,"name":"ÉTÉ","kind":"pl\u0061in"},{"id":4,"name":"ÉTÉ","kind":"plain"}]}""";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), int.MaxValue);
        using (http)
        {
            var items = ((IEnumerable<object>)(await client.ListItemsAsync()).Value).Select(item => (dynamic)item).ToList();
            var again = ((IEnumerable<object>)(await client.ListItemsAsync()).Value).Select(item => (dynamic)item).ToList();

            var kinds = items.Select(item => (string)item.Kind).ToList();
            kinds.ShouldAllBe(kind => kind == "plain");
            ReferenceEquals(kinds[0], kinds[1]).ShouldBeTrue();
            ReferenceEquals(kinds[0], kinds[3]).ShouldBeTrue();

            // An escaped value is read as it is, not shared; text that is not ASCII is shared by its UTF-8 bytes.
            ReferenceEquals(kinds[0], kinds[2]).ShouldBeFalse();
            ((string)items[2].Name).ShouldBe("ÉTÉ");
            ReferenceEquals((string)items[2].Name, (string)items[3].Name).ShouldBeTrue();

            ReferenceEquals(kinds[0], (string)again[0].Kind).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Shared_strings_tell_apart_values_that_differ_only_between_their_first_and_last_eight_bytes()
    {
        // The table matches a value by its length and its first and last eight bytes, then the bytes between them.
        var names = new List<string> { "abcdefgh-1-ijklmnop", "abcdefgh-2-ijklmnop", "abcdefgh-1-ijklmnop", "0123456789abcdef", "0123456789abcdeF", "ab", "abc", "ab" };

        // More long values than the first space kept for the bytes between (it grows), each twice.
        var distinct = Enumerable.Range(0, 40).Select(i => $"{i:D8}-{new string((char)('a' + (i % 26)), 40)}-suffix!!").ToList();
        names.AddRange(distinct);
        names.AddRange(distinct);
        var json = "{\"value\":[" + string.Join(",", names.Select((name, i) => $$"""{"id":{{i}},"name":"{{name}}"}""")) + "]}";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), int.MaxValue);
        using (http)
        {
            var read = ((IEnumerable<object>)(await client.ListItemsAsync()).Value).Select(item => (string)((dynamic)item).Name).ToList();

            read.ShouldBe(names);
            ReferenceEquals(read[0], read[2]).ShouldBeTrue();
            ReferenceEquals(read[0], read[1]).ShouldBeFalse();
            ReferenceEquals(read[5], read[7]).ShouldBeTrue();
            for (var i = 0; i < distinct.Count; i++)
            {
                ReferenceEquals(read[8 + i], read[8 + distinct.Count + i]).ShouldBeTrue($"value {i}");
            }
        }
    }

    [Fact]
    public async Task Shared_strings_tell_apart_short_values_that_differ_in_any_one_byte()
    {
        // Values of up to eight bytes are matched by their length and bytes packed into numbers, read in overlapping
        // pieces: each value of one to eight letters, and each copy of it with one letter changed, is its own string.
        var distinct = Enumerable.Range(1, 8)
            .SelectMany(length =>
            {
                var value = "abcdefgh"[..length];
                return new[] { value }.Concat(Enumerable.Range(0, length).Select(position => value[..position] + "X" + value[(position + 1)..]));
            })
            .ToList();
        var names = distinct.Concat(distinct).ToList();
        var json = "{\"value\":[" + string.Join(",", names.Select((name, i) => $$"""{"id":{{i}},"name":"{{name}}"}""")) + "]}";
        var (client, http) = Trickled(Encoding.UTF8.GetBytes(json), int.MaxValue);
        using (http)
        {
            var read = ((IEnumerable<object>)(await client.ListItemsAsync()).Value).Select(item => (string)((dynamic)item).Name).ToList();

            read.ShouldBe(names);
            for (var i = 0; i < distinct.Count; i++)
            {
                ReferenceEquals(read[i], read[distinct.Count + i]).ShouldBeTrue($"\"{distinct[i]}\" is shared");
            }
        }
    }

    [Fact]
    public void JsonSerializer_reading_a_generated_type_shares_repeated_strings_within_the_document_and_keeps_none()
    {
        var json = """{"value":[{"id":1,"name":"alpha","kind":"plain"},{"id":2,"name":"beta","kind":"plain"}]}""";
        var pageType = Ns + ".Models.ItemPage";

        var first = ((IEnumerable<object>)((dynamic)Api.Deserialize(json, pageType)!).Value).Select(item => (dynamic)item).ToList();
        var second = ((IEnumerable<object>)((dynamic)Api.Deserialize(json, pageType)!).Value).Select(item => (dynamic)item).ToList();

        // The document's root installs the shared strings, as a response does; the next document starts afresh.
        ReferenceEquals((string)first[0].Kind, (string)first[1].Kind).ShouldBeTrue();
        ReferenceEquals((string)first[0].Kind, (string)second[0].Kind).ShouldBeFalse();

        // A list System.Text.Json reads itself hands each item to the converter below the root: read, nothing shared.
        var items = (System.Collections.IList)JsonSerializer.Deserialize("""[{"id":1,"kind":"plain"},{"id":2,"kind":"plain"}]""", typeof(List<>).MakeGenericType(Api.Type(Ns + ".Models.Item")))!;
        items.Cast<dynamic>().Select(item => (string)item.Kind).ShouldBe(new[] { "plain", "plain" });
    }

    [Fact]
    public void A_string_the_shared_strings_held_is_not_kept_once_the_result_is_dropped()
    {
        var pageType = Ns + ".Models.ItemPage";
        var kind = ReadKindWeakly(pageType);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        kind.IsAlive.ShouldBeFalse("the cache given back for the next document still held a string of this one");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference ReadKindWeakly(string pageType)
    {
        var page = (dynamic)Api.Deserialize("""{"value":[{"id":1,"kind":"unique-kind-7f3a"},{"id":2,"kind":"unique-kind-7f3a"}]}""", pageType)!;
        var item = (dynamic)((IEnumerable<object>)page.Value).First();
        return new WeakReference((string)item.Kind);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(20_000)]
    public async Task A_json_request_body_is_sent_with_its_content_length(int count)
    {
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = new[] { "http://127.0.0.1:0" } });
        server.Given(Request.Create().WithPath("/api/items/1").UsingPut()).RespondWith(Response.Create().WithStatusCode(204));
        using var http = new HttpClient { BaseAddress = new Uri(server.Url! + "/api/") };
        var itemType = Api.Type(Ns + ".Models.Item");
        var items = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
        for (var i = 0; i < count; i++)
        {
            items.Add(Api.Deserialize($$"""{"id":{{i}},"name":"item {{i}}","tags":["t"]}""", Ns + ".Models.Item"));
        }

        await Client(http).ReplaceItemsAsync(1L, (dynamic)items);

        var request = server.LogEntries.ShouldHaveSingleItem().RequestMessage!;
        var body = request.BodyAsBytes!;
        request.Headers!["Content-Length"].ShouldBe(new[] { body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        request.Headers.ContainsKey("Transfer-Encoding").ShouldBeFalse();
        using var sent = JsonDocument.Parse(body);
        sent.RootElement.GetArrayLength().ShouldBe(count);
        sent.RootElement[count - 1].GetProperty("name").GetString().ShouldBe($"item {count - 1}");
    }

    /// <summary>Answers every request with one body, from a stream that gives at most a chunk per read.</summary>
    private sealed class FixedResponseHandler : HttpMessageHandler
    {
        private readonly byte[] _body;
        private readonly int _chunk;
        private readonly bool _contentLength;
        private readonly int _readsAtOnce;

        public FixedResponseHandler(byte[] body, int chunk, bool contentLength, int readsAtOnce = 0)
        {
            _body = body;
            _chunk = chunk;
            _contentLength = contentLength;
            _readsAtOnce = readsAtOnce;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new TrickleStream(_body, _chunk, _readsAtOnce));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (_contentLength)
            {
                content.Headers.ContentLength = _body.Length;
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }
    }

    /// <summary>A read-only stream over bytes that returns at most <c>chunk</c> bytes per read, asynchronously (after the first <c>readsAtOnce</c>).</summary>
    private sealed class TrickleStream : Stream
    {
        private readonly byte[] _bytes;
        private readonly int _chunk;
        private int _position;
        private readonly bool _waits;
        private int _readsAtOnce;

        /// <param name="readsAtOnce">How many reads complete at once; the later ones then wait a moment (and can be cancelled), as a socket's do.</param>
        public TrickleStream(byte[] bytes, int chunk, int readsAtOnce = 0)
        {
            _bytes = bytes;
            _chunk = chunk;
            _readsAtOnce = readsAtOnce;
            _waits = readsAtOnce > 0;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, _chunk), _bytes.Length - _position);
            _bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            => _readsAtOnce-- > 0 ? new ValueTask<int>(Read(buffer.Span)) : ReadLaterAsync(buffer, cancellationToken);

        private async ValueTask<int> ReadLaterAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            if (_waits)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
            }
            else
            {
                await Task.Yield();
            }

            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
