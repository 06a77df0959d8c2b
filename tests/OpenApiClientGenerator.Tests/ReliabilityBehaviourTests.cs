using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Tests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Generated clients against misbehaving servers (features/reliability.yaml): every failure of a call is the client's
/// exception (with status, request headers and the original error), a stalled or drip-fed response times out, parameters
/// cannot rewrite the request, and credentials stay out of exceptions. Hangs are guarded by a generous timeout only.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class ReliabilityBehaviourTests
{
    private const string Ns = "Features.Reliability";
    private const string ExceptionName = "ReliabilityException";
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A timeout for tests that expect it to fire in a given phase (reading the body): long enough that the response
    /// headers surely arrive first on a loaded machine, short enough to keep the test quick.
    /// </summary>
    private static readonly TimeSpan PhaseTimeout = TimeSpan.FromSeconds(3);
    private static readonly CompiledSpec Api = CompiledSpec.From(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/reliability.yaml"), Ns, "ReliabilityClient"));

    private static dynamic Options(TimeSpan? timeout = null, TimeSpan? networkTimeout = null, long? maxResponseBodySize = null)
    {
        var options = Api.New(Ns + ".ReliabilityClientOptions");
        if (timeout is { } total)
        {
            options.Timeout = total;
        }

        if (networkTimeout is { } network)
        {
            options.NetworkTimeout = network;
        }

        options.MaxResponseBodySize = maxResponseBodySize;
        return options;
    }

    private static dynamic Client(HttpClient http, object? options = null) => Api.Client(Ns + ".ReliabilityClient", http, options);

    /// <summary>Runs a call that must fail, bounded by the hang guard, and returns what it threw.</summary>
    private static async Task<Exception> Failure(Func<Task> call)
    {
        var ex = await Should.ThrowAsync<Exception>(() => call().WaitAsync(HangGuard));
        ex.ShouldNotBeOfType<TimeoutException>("the call hung until the test's guard");
        return ex;
    }

    private static dynamic ClientException(Exception ex)
    {
        ex.GetType().Name.ShouldBe(ExceptionName, ex.ToString());
        return ex;
    }

    /// <summary>
    /// Answers after 50 ms (the send surely waits, so the call's network timer runs), with a body read a byte at a time:
    /// each read completes at once, after <paramref name="pause"/>.
    /// </summary>
    private sealed class SlowBodyHandler(byte[] body, TimeSpan pause) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(50, cancellationToken);
            var content = new StreamContent(new SlowStream(body, pause));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            content.Headers.ContentLength = body.Length;
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }

    private sealed class SlowStream(byte[] body, TimeSpan pause) : MemoryStream(body)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Thread.Sleep(pause);
            return new ValueTask<int>(Read(buffer.Span[..Math.Min(1, buffer.Length)]));
        }
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> RequestHeaders(object ex)
        => (IReadOnlyDictionary<string, IReadOnlyList<string>>)((dynamic)ex).RequestHeaders;

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_fails_after_the_network_timeout()
    {
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json", 100), stop);
            await stream.WriteAsync("{\"na"u8.ToArray(), stop);
            await Task.Delay(Timeout.Infinite, stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: PhaseTimeout));

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a", xRequestTag: "tag-1")));

        ((string)ex.Message).ShouldContain("getItem timed out reading the response body");
        ((string)ex.Message).ShouldContain("(NetworkTimeout)");
        ((int)ex.Status).ShouldBe(200);
        RequestHeaders((object)ex)["X-Request-Tag"].ShouldBe(new[] { "tag-1" });
        ((Exception)ex.InnerException).ShouldBeAssignableTo<OperationCanceledException>();
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_after_the_network_timeout()
    {
        using var server = new RawHttpServer((_, stop) => Task.Delay(Timeout.Infinite, stop));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: TimeSpan.FromMilliseconds(300)));

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldContain("getItem timed out sending the request");
        ((string)ex.Message).ShouldContain("(NetworkTimeout)");
        ((int)ex.Status).ShouldBe(0);
    }

    [Fact]
    public async Task A_shorter_HttpClient_timeout_ends_a_send_that_gets_no_answer_as_the_clients_exception()
    {
        // HttpClient's own timeout comes before the client's: the send leaves the timing to it (one token, not two).
        using var server = new RawHttpServer((_, stop) => Task.Delay(Timeout.Infinite, stop));
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        var client = Client(http, Options());

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldContain("getItem failed sending the request");
        ((string)ex.Message).ShouldContain("HttpClient.Timeout");
        ((int)ex.Status).ShouldBe(0);
    }

    [Fact]
    public async Task A_send_left_to_HttpClients_timeout_still_counts_toward_the_total_timeout()
    {
        // HttpClient's timeout (6 s) covers the send, so the client leaves the send to it and arms no timer. The
        // headers come after 2 s (4 s before the timeout, so they arrive first on a loaded machine), the body 5.5 s
        // later: the call's 6 s must count from the send (failing 4 s into the body, 1.5 s before it comes), not from
        // the body's first wait (which would let the body arrive at 7.5 s, before 2 + 6 s).
        var body = """{"name":"a", "count":1}"""u8.ToArray();
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), stop);
            await stream.WriteAsync(RawHttpServer.Head("application/json", body.Length), stop);
            await Task.Delay(TimeSpan.FromSeconds(5.5), stop);
            await stream.WriteAsync(body, stop);
            await Task.Delay(Timeout.Infinite, stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(6) };
        var client = Client(http, Options(timeout: TimeSpan.FromSeconds(6), networkTimeout: TimeSpan.FromSeconds(30)));

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldContain("getItem timed out reading the response body: the call took longer than 6 s (Timeout)");
        ((int)ex.Status).ShouldBe(200);
    }

    [Fact]
    public async Task A_body_dripped_a_byte_at_a_time_fails_after_the_total_timeout()
    {
        // Each byte comes well within the network timeout: only the call's total timeout can end this.
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json", 1_000_000), stop);
            while (true)
            {
                await stream.WriteAsync(" "u8.ToArray(), stop);
                await Task.Delay(50, stop);
            }
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(timeout: PhaseTimeout, networkTimeout: TimeSpan.FromSeconds(30)));

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldContain($"getItem timed out reading the response body: the call took longer than {PhaseTimeout.TotalSeconds} s (Timeout)");
        ((int)ex.Status).ShouldBe(200);
    }

    [Fact]
    public async Task A_body_whose_reads_complete_at_once_but_slowly_is_not_timed_out_while_data_keeps_coming()
    {
        // The send waits, so the network timer runs; then every read of the body completes at once, 100 ms after the
        // last. In all they take longer than the network timeout, but no read waits anywhere near it.
        var body = Encoding.UTF8.GetBytes("""{"name":"a", "count":1}""");
        using var http = new HttpClient(new SlowBodyHandler(body, TimeSpan.FromMilliseconds(100))) { BaseAddress = new Uri("http://127.0.0.1/api/") };
        var client = Client(http, Options(networkTimeout: TimeSpan.FromSeconds(1)));

        var call = (Task)client.GetItemAsync("a");
        await call.WaitAsync(HangGuard);

        var item = ((dynamic)call).Result;
        ((string)item.Name).ShouldBe("a");
        ((int)item.Count).ShouldBe(1);
    }

    [Fact]
    public async Task A_call_after_one_that_timed_out_and_after_a_pause_longer_than_the_timeout_still_succeeds()
    {
        // A client reuses the timer of a finished call: one that fired is not reused, and one given back does not
        // keep counting while it waits for the next call.
        var requests = 0;
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                await Task.Delay(Timeout.Infinite, stop);
            }

            await stream.WriteAsync(RawHttpServer.Complete("application/json", """{"name":"a","count":1}"""u8.ToArray()), stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        // The network timeout leaves a loaded machine ample time to answer the calls that must succeed.
        var network = PhaseTimeout;
        var client = Client(http, Options(networkTimeout: network));

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));
        ((string)ex.Message).ShouldContain("(NetworkTimeout)");

        var first = await client.GetItemAsync("a");
        await Task.Delay(network * 2);
        var second = await client.GetItemAsync("a");

        ((string)first.Name).ShouldBe("a");
        ((string)second.Name).ShouldBe("a");
        requests.ShouldBe(3);
    }

    /// <summary>
    /// Answers with the headers of a 100-byte octet stream, then (once <paramref name="firstBytes"/> completes, if given)
    /// bytes 1, 2 and 3, and then nothing more.
    /// </summary>
    private static RawHttpServer FileThatStallsAfterThreeBytes(Task? firstBytes = null) => new(async (stream, stop) =>
    {
        await stream.WriteAsync(RawHttpServer.Head("application/octet-stream", 100), stop);
        if (firstBytes is not null)
        {
            await firstBytes.WaitAsync(stop);
        }

        await stream.WriteAsync(new byte[] { 1, 2, 3 }, stop);
        await Task.Delay(Timeout.Infinite, stop);
    });

    [Fact]
    public async Task A_stream_the_caller_reads_fails_when_the_server_stalls()
    {
        using var server = FileThatStallsAfterThreeBytes();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: PhaseTimeout));
        using Stream body = await client.GetFileAsync(7L);
        var read = 0;

        var ex = ClientException(await Failure(async () =>
        {
            var buffer = new byte[10];
            while (await body.ReadAsync(buffer) is var count and > 0)
            {
                read += count;
            }
        }));

        read.ShouldBe(3);
        ((string)ex.Message).ShouldContain("getFile timed out reading the response body");
        ((int)ex.Status).ShouldBe(200);
    }

    [Fact]
    public async Task A_stream_the_caller_reads_synchronously_fails_when_the_server_stalls()
    {
        using var server = FileThatStallsAfterThreeBytes();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: PhaseTimeout));
        using Stream body = await client.GetFileAsync(7L);
        using var copy = new MemoryStream();

        // Stream.CopyTo reads with the synchronous Read, which no token can cancel: before, it waited for ever.
        var ex = ClientException(await Failure(() => Task.Run(() => body.CopyTo(copy))));

        copy.ToArray().ShouldBe(new byte[] { 1, 2, 3 });
        ((string)ex.Message).ShouldContain("getFile timed out reading the response body");
        ((string)ex.Message).ShouldContain("(NetworkTimeout)");
        ((int)ex.Status).ShouldBe(200);

        // The response was aborted to end that read: a read after it fails the same way instead of looking like the end.
        var again = ClientException(Should.Throw<Exception>(() => body.ReadByte()));
        ((string)again.Message).ShouldContain("getFile timed out reading the response body");
    }

    [Fact]
    public async Task A_stream_counts_only_the_time_a_read_waits_not_the_callers_time_between_reads()
    {
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/octet-stream", 6), stop);
            await stream.WriteAsync(new byte[] { 1, 2, 3 }, stop);
            await resume.Task.WaitAsync(stop);
            await stream.WriteAsync(new byte[] { 4, 5, 6 }, stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: PhaseTimeout));
        using Stream body = await client.GetFileAsync(7L);
        var buffer = new byte[10];

        var first = await Task.Run(() => body.Read(buffer)).WaitAsync(HangGuard);
        first.ShouldBe(3);

        // The caller holds the stream for longer than the network timeout between two reads, one synchronous and one
        // not: neither read may fail for it (the timer runs only while a read waits).
        await Task.Delay(PhaseTimeout + TimeSpan.FromSeconds(1));
        resume.SetResult();
        var rest = new List<byte>();
        while (await body.ReadAsync(buffer).AsTask().WaitAsync(HangGuard) is var count and > 0)
        {
            rest.AddRange(buffer[..count]);
        }

        rest.ShouldBe(new byte[] { 4, 5, 6 });
    }

    [Fact]
    public async Task A_stream_read_that_stalls_after_the_caller_held_the_stream_idle_still_times_out()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = FileThatStallsAfterThreeBytes(release.Task);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http, Options(networkTimeout: PhaseTimeout));
        using Stream body = await client.GetFileAsync(7L);
        var buffer = new byte[10];

        // The first read waits (the server sends nothing until it is under way), so it sets the stream's timer.
        var first = body.ReadAsync(buffer).AsTask();
        release.SetResult();
        (await first.WaitAsync(HangGuard)).ShouldBe(3);

        // Idle for longer than the network timeout: the stream's timer fires, finds no read waiting and stops. The
        // stalled read after it must set it again.
        await Task.Delay(PhaseTimeout + TimeSpan.FromSeconds(1));
        var ex = ClientException(await Failure(() => Task.Run(() => body.Read(buffer))));

        ((string)ex.Message).ShouldContain("getFile timed out reading the response body");
    }

    [Fact]
    public async Task Cancelling_the_caller_token_while_reading_a_stream_is_a_cancellation_with_that_token()
    {
        using var server = FileThatStallsAfterThreeBytes();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);
        using Stream body = await client.GetFileAsync(7L);
        using var caller = new CancellationTokenSource();
        var buffer = new byte[10];
        var first = await body.ReadAsync(buffer, caller.Token);
        first.ShouldBe(3);
        caller.CancelAfter(100);

        var ex = await Failure(async () => first += await body.ReadAsync(buffer, caller.Token));

        first.ShouldBe(3);
        var canceled = ex.ShouldBeAssignableTo<OperationCanceledException>();
        canceled!.CancellationToken.ShouldBe(caller.Token);
    }

    [Fact]
    public async Task Cancelling_the_caller_token_stays_a_cancellation_with_that_token()
    {
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json", 100), stop);
            await Task.Delay(Timeout.Infinite, stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);
        using var caller = new CancellationTokenSource();
        _ = server.FirstRequest.Task.ContinueWith(_ => caller.CancelAfter(100), TaskScheduler.Default);

        var ex = await Failure(async () => await client.GetItemAsync("a", cancellationToken: caller.Token));

        var canceled = ex.ShouldBeAssignableTo<OperationCanceledException>();
        canceled!.CancellationToken.ShouldBe(caller.Token);
    }

    [Fact]
    public async Task A_connection_closed_mid_body_is_the_client_exception_with_the_status_and_the_io_error()
    {
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json", 1000), stop);
            await stream.WriteAsync("{\"name\":\"a\","u8.ToArray(), stop);

            // Then the connection closes, 988 bytes short of the promised length.
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a", xRequestTag: "tag-2")));

        ((string)ex.Message).ShouldStartWith("getItem failed reading the response body:");
        ((int)ex.Status).ShouldBe(200);
        ((Exception)ex.InnerException).ShouldBeAssignableTo<IOException>();
        RequestHeaders((object)ex)["X-Request-Tag"].ShouldBe(new[] { "tag-2" });
    }

    [Fact]
    public async Task A_refused_connection_is_the_client_exception_without_a_status()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{closedPort}/api/") };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldStartWith("getItem failed sending the request:");
        ((int)ex.Status).ShouldBe(0);
        ((Exception)ex.InnerException).ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task Any_failure_of_the_http_pipeline_is_the_client_exception_with_the_request_headers()
    {
        // As Polly's BrokenCircuitException or TimeoutRejectedException: not an HTTP error, thrown by a handler.
        using var http = new HttpClient(new ThrowingHandler(new CircuitOpenException())) { BaseAddress = new Uri("http://127.0.0.1:9/api/") };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a", xRequestTag: "tag-3")));

        ((int)ex.Status).ShouldBe(0);
        ((Exception)ex.InnerException).ShouldBeOfType<CircuitOpenException>();
        ((string)ex.Message).ShouldContain("The circuit is open");
        RequestHeaders((object)ex)["X-Request-Tag"].ShouldBe(new[] { "tag-3" });
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x2C, 0x22, 0x63, 0x6F, 0x75, 0x6E, 0x74, 0x22, 0x3A, 0x31, 0x7D })] // {"name":"\xC3(","count":1}
    [InlineData(new byte[] { 0x7B, 0x22, 0x6E, 0x61, 0x6D, 0x65, 0x22, 0x3A, 0x22, 0x5C, 0x75, 0x44, 0x38, 0x30, 0x30, 0x22, 0x2C, 0x22, 0x63, 0x6F, 0x75, 0x6E, 0x74, 0x22, 0x3A, 0x31, 0x7D })] // {"name":"\uD800","count":1}
    public async Task Invalid_utf8_or_a_lone_surrogate_in_the_body_is_the_client_exception(byte[] body)
    {
        using var server = new RawHttpServer((stream, stop) => stream.WriteAsync(RawHttpServer.Complete("application/json", body), stop).AsTask());
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((string)ex.Message).ShouldStartWith("getItem returned 200 but its body could not be read:");
        ((int)ex.Status).ShouldBe(200);
        ((object)ex.InnerException).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_quoted_number_is_not_a_number()
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().WithPath("/api/items/a")).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"name":"a","count":"5"}"""));

        var ex = ClientException(await Failure(async () => await stub.Client.GetItemAsync("a")));

        ((string)ex.Message).ShouldContain("Expected a 32-bit integer for 'count' but found a string");
    }

    [Theory]
    [InlineData("""{"name":"a","count":1,}""", "trailing comma")]
    [InlineData("""{"name":"a", /* the count */ "count":1}""", "'/' is an invalid start of a property name")]
    public async Task A_body_that_is_not_strict_json_is_the_client_exception_at_its_position(string body, string expected)
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().WithPath("/api/items/a")).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(body));

        var ex = ClientException(await Failure(async () => await stub.Client.GetItemAsync("a")));

        ((string)ex.Message).ShouldStartWith("getItem returned 200 but its body could not be read:");
        ((string)ex.Message).ShouldContain(expected, Case.Insensitive);
        ((string)ex.Message).ShouldContain("BytePositionInLine");
        ((string)ex.ResponseBody).ShouldBe(body);
    }

    [Fact]
    public async Task A_duplicate_property_is_read_as_its_last_value()
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().WithPath("/api/items/a")).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"name":"first","count":1,"name":"last"}"""));

        var item = await stub.Client.GetItemAsync("a");

        ((string)item.Name).ShouldBe("last");
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task A_path_value_that_would_leave_its_segment_is_refused_before_anything_is_sent(string name)
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");

        var direct = await Failure(async () => await stub.Client.GetItemAsync(name));
        var fluent = await Failure(async () => await stub.Client.Items.ByName("plain").Children.ByChild(name).GetAsync());

        direct.ShouldBeOfType<ArgumentException>().ParamName.ShouldBe("name");
        fluent.ShouldBeOfType<ArgumentException>().ParamName.ShouldBe("child");
        stub.Server.LogEntries.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_path_value_with_slashes_or_dots_inside_stays_one_segment()
    {
        using var server = new RawHttpServer((stream, stop) => stream.WriteAsync(RawHttpServer.Complete("application/json", """{"name":"a","count":1}"""u8.ToArray()), stop).AsTask());
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        await Client(http).GetItemAsync("../x/.../");

        server.Requests.ShouldHaveSingleItem().ShouldStartWith("GET /api/items/..%2Fx%2F...%2F HTTP/1.1\r\n");
    }

    [Theory]
    [InlineData("v\r\nX-Injected: 1")]
    [InlineData("v\nX-Injected: 1")]
    [InlineData("v\0")]
    public async Task A_header_value_with_a_control_character_is_refused_before_anything_is_sent(string value)
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");

        var ex = await Failure(async () => await stub.Client.GetItemAsync("a", xRequestTag: value));

        ex.ShouldBeOfType<ArgumentException>().ParamName.ShouldBe("xRequestTag");
        ex.Message.ShouldContain("X-Request-Tag");
        stub.Server.LogEntries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Headers_that_look_like_credentials_are_left_out_of_the_exception()
    {
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(500)
            .WithHeader("Set-Cookie", "session=s3cr3t").WithHeader("X-Request-Id", "r-1").WithBody("{}"));
        using var http = new HttpClient(new AddHeadersHandler(new()
        {
            ["Authorization"] = "Bearer t0ken",
            ["X-Session-Id"] = "sess",
            ["X-Goog-Signature"] = "sig",
            ["MS-RequestId"] = "kept",
        }))
        { BaseAddress = new Uri(stub.Server.Url + "/api/") };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a", xRequestTag: "tag", xApiKey: "k3y")));

        var sent = RequestHeaders((object)ex);
        sent.Keys.ShouldBe(new[] { "Accept", "X-Request-Tag", "MS-RequestId" }, ignoreOrder: true);
        var received = (IReadOnlyDictionary<string, IReadOnlyList<string>>)ex.ResponseHeaders;
        received.ShouldContainKey("X-Request-Id");
        received.ShouldNotContainKey("Set-Cookie");
        ((string)ex.ToString()).ShouldNotContain("k3y");
        ((string)ex.ToString()).ShouldNotContain("t0ken");
    }

    [Fact]
    public async Task Headers_the_spec_declares_as_secret_are_left_out_of_the_exception_too()
    {
        // The model's SecretHeaders (from the spec's apiKey security schemes) reach the runtime through the client.
        var harness = new GeneratorHarness(SpecFile.FromDisk(RepositoryPaths.TestSpec("features/reliability.yaml"), Ns, "ReliabilityClient"));
        var model = (ClientModel)harness.Run().TrackedSteps[TrackingNames.Models].SelectMany(run => run.Outputs).Single().Value;
        var declared = model with { SecretHeaders = new[] { "X-Partner-Id" }.ToEquatableArray() };
        var compilation = harness.LastOutputCompilation!;
        var client = compilation.SyntaxTrees.Single(tree => tree.FilePath.EndsWith("/ReliabilityClient.g.cs", StringComparison.Ordinal));
        var api = CompiledSpec.From(
            compilation.ReplaceSyntaxTree(client, client.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(ClientEmitter.EmitClient(declared, new TypeCatalog(declared.Types))))),
            "secrets");
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithStatusCode(500).WithBody("{}"));
        using var http = new HttpClient(new AddHeadersHandler(new() { ["X-Partner-Id"] = "p-1", ["X-Partner-Region"] = "eu" })) { BaseAddress = new Uri(stub.Server.Url + "/api/") };

        var declaring = ClientException(await Failure(async () => await api.Client(Ns + ".ReliabilityClient", http).GetItemAsync("a")));
        var plain = ClientException(await Failure(async () => await Client(http).GetItemAsync("a")));

        RequestHeaders((object)declaring).Keys.ShouldBe(new[] { "Accept", "X-Partner-Region" }, ignoreOrder: true);
        RequestHeaders((object)plain).ShouldContainKey("X-Partner-Id");
    }

    [Fact]
    public async Task A_success_body_larger_than_the_limit_fails_and_one_at_the_limit_is_read()
    {
        const string Json = """{"name":"a","count":1}""";
        using var stub = new StubbedApi(Api, Ns + ".ReliabilityClient", "/api/");
        stub.Server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(Json));
        using var http = new HttpClient { BaseAddress = new Uri(stub.Server.Url + "/api/") };

        var atLimit = await Client(http, Options(maxResponseBodySize: Json.Length)).GetItemAsync("a");
        var ex = ClientException(await Failure(async () => await Client(http, Options(maxResponseBodySize: Json.Length - 1)).GetItemAsync("a")));

        ((string)atLimit.Name).ShouldBe("a");
        ((string)ex.Message).ShouldContain($"larger than MaxResponseBodySize ({Json.Length - 1} bytes)");
    }

    [Fact]
    public async Task An_error_body_that_cannot_be_read_still_reports_the_status()
    {
        using var server = new RawHttpServer(async (stream, stop) =>
        {
            await stream.WriteAsync(RawHttpServer.Head("application/json", 1000, status: 503), stop);
            await stream.WriteAsync("{\"title\""u8.ToArray(), stop);
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var client = Client(http);

        var ex = ClientException(await Failure(async () => await client.GetItemAsync("a")));

        ((int)ex.Status).ShouldBe(503);
        ((string)ex.Message).ShouldContain("getItem failed: the service returned 503");
        ((string)ex.Message).ShouldContain("Its body could not be read");
    }

    [Fact]
    public async Task A_client_created_for_mocking_refuses_to_send()
    {
        var mock = (dynamic)Activator.CreateInstance(Api.Type(Ns + ".ReliabilityClient"), nonPublic: true)!;

        var ex = await Failure(async () => await mock.GetItemAsync("a"));

        ex.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("ReliabilityClient was created for mocking");
    }

    [Theory]
    [InlineData("Timeout", 0)]
    [InlineData("NetworkTimeout", -5)]
    public void A_limit_that_is_not_positive_is_refused_when_the_client_is_created(string option, int seconds)
    {
        var options = Options();
        Api.Type(Ns + ".ReliabilityClientOptions").GetProperty(option)!.SetValue(options, TimeSpan.FromSeconds(seconds));
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") };

        var ex = Should.Throw<System.Reflection.TargetInvocationException>(() => Client(http, options)).InnerException;

        ex.ShouldBeOfType<ArgumentOutOfRangeException>().Message.ShouldContain($"ReliabilityClientOptions.{option} must be positive");
    }

    private sealed class CircuitOpenException : Exception
    {
        public CircuitOpenException()
            : base("The circuit is open and is not allowing calls.")
        {
        }
    }

    private sealed class ThrowingHandler : HttpMessageHandler
    {
        private readonly Exception _exception;

        public ThrowingHandler(Exception exception) => _exception = exception;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => throw _exception;
    }

    private sealed class AddHeadersHandler : DelegatingHandler
    {
        private readonly Dictionary<string, string> _headers;

        public AddHeadersHandler(Dictionary<string, string> headers)
            : base(new HttpClientHandler()) => _headers = headers;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            foreach (var (name, value) in _headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
