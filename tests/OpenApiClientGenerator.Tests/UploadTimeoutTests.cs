using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// A request body is timed by its progress: NetworkTimeout bounds each write of it to the connection, not the whole
/// upload, so a large body the service keeps reading is sent however long it takes (within the call's Timeout), and one
/// the service stops reading fails NetworkTimeout after the write that waited began.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class UploadTimeoutTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Uploads, version: '1' }
        paths:
          /uploads/{id}:
            put:
              operationId: putUpload
              parameters:
                - { name: id, in: path, required: true, schema: { type: string } }
              requestBody:
                required: true
                content:
                  application/octet-stream:
                    schema: { type: string, format: binary }
              responses:
                '204': { description: Stored. }
        """;

    private const string Ns = "Uploads";

    /// <summary>Many times what the connection's buffers hold, so that sending it waits on the server reading it.</summary>
    private const int BodyLength = 24 * 1024 * 1024;

    /// <summary>
    /// The kernel's buffers at both ends, fixed small. Left to the OS, loopback buffers grow to megabytes (the receive
    /// buffer to 32 MiB here): the client's last write then completes while the server still has seconds of the body to
    /// read, and that wait for the response is rightly timed. Bounded, the upload's progress is its writes'.
    /// </summary>
    private const int SocketBufferSize = 64 * 1024;

    private static readonly CompiledSpec Api = CompiledSpec.From(new SpecFile("/specs/uploads.yaml", Spec, Ns, "UploadsClient"));
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>An HttpClient to <paramref name="server"/> whose connections have a fixed, small send buffer.</summary>
    private static HttpClient Http(RawHttpServer server) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, SendBufferSize = SocketBufferSize };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = server.BaseAddress,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static dynamic Client(HttpClient http, TimeSpan networkTimeout)
    {
        var options = Api.New(Ns + ".UploadsClientOptions");
        options.NetworkTimeout = networkTimeout;
        return Api.Client(Ns + ".UploadsClient", http, (object)options);
    }

    [Fact]
    public async Task An_upload_the_service_keeps_reading_is_not_timed_out_however_long_it_takes()
    {
        long received = 0;
        using var server = new RawHttpServer(async (connection, stop) =>
        {
            // 256 KiB every 60 ms, however the reads split it: about 6 s for the body, several times the network timeout below.
            const int Paced = 256 * 1024;
            var buffer = new byte[Paced];
            var unpaced = 0;
            while (received < BodyLength)
            {
                var read = await connection.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, BodyLength - received)), stop);
                if (read == 0)
                {
                    return;
                }

                received += read;
                for (unpaced += read; unpaced >= Paced; unpaced -= Paced)
                {
                    await Task.Delay(60, stop);
                }
            }

            await connection.WriteAsync("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"u8.ToArray(), stop);
        }, SocketBufferSize);
        using var http = Http(server);
        var client = Client(http, TimeSpan.FromSeconds(1.5));

        await ((Task)client.PutUploadAsync("a", new MemoryStream(new byte[BodyLength]))).WaitAsync(HangGuard);

        received.ShouldBe(BodyLength);
    }

    [Fact]
    public async Task An_upload_the_service_stops_reading_fails_after_the_network_timeout()
    {
        using var server = new RawHttpServer(async (connection, stop) =>
        {
            await connection.ReadExactlyAsync(new byte[1024 * 1024], stop);
            await Task.Delay(Timeout.Infinite, stop);
        }, SocketBufferSize);
        using var http = Http(server);
        var client = Client(http, TimeSpan.FromMilliseconds(500));

        var ex = await Should.ThrowAsync<Exception>(() => ((Task)client.PutUploadAsync("a", new MemoryStream(new byte[BodyLength]))).WaitAsync(HangGuard));

        ex.ShouldNotBeOfType<TimeoutException>("the call hung until the test's guard");
        ex.GetType().Name.ShouldBe("UploadsException", ex.ToString());
        ex.Message.ShouldContain("putUpload timed out sending the request");
        ex.Message.ShouldContain("(NetworkTimeout)");
    }
}
