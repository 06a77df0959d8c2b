using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// An HTTP/1.1 server on 127.0.0.1 that misbehaves as told: it reads each request's head, records it, then runs a
/// script on the connection (send headers and stall, drip the body, reset mid-body…). For what WireMock cannot do.
/// </summary>
internal sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<NetworkStream, CancellationToken, Task> _respond;
    private readonly Task _accepting;

    /// <param name="respond">Writes the response (or does not) on the connection; the connection closes when it returns.</param>
    /// <param name="receiveBufferSize">
    /// When given, the kernel's receive buffer of each accepted connection (fixed, not grown by the OS), so that what the
    /// client has written and the script has not read yet is bounded.
    /// </param>
    public RawHttpServer(Func<NetworkStream, CancellationToken, Task> respond, int? receiveBufferSize = null)
    {
        _respond = respond;
        if (receiveBufferSize is { } size)
        {
            // Set on the listener so that accepted connections have it from their handshake (the window it advertises).
            _listener.Server.ReceiveBufferSize = size;
        }

        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/");

    /// <summary>The head (request line and headers) of each request received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>Completes when the first request's head has arrived.</summary>
    public TaskCompletionSource FirstRequest { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Response headers of a 200 with <paramref name="contentType"/> and, when given, a Content-Length.</summary>
    public static byte[] Head(string contentType, long? contentLength = null, int status = 200)
        => Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Type: {contentType}\r\n"
            + (contentLength is { } length ? $"Content-Length: {length}\r\n" : string.Empty) + "Connection: close\r\n\r\n");

    /// <summary>A whole response: headers and body, the body's bytes as given.</summary>
    public static byte[] Complete(string contentType, byte[] body, int status = 200)
    {
        var head = Head(contentType, body.Length, status);
        var all = new byte[head.Length + body.Length];
        head.CopyTo(all, 0);
        body.CopyTo(all, head.Length);
        return all;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The accept loop ends with the listener.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                Requests.Enqueue(await ReadHeadAsync(stream, _stop.Token));
                FirstRequest.TrySetResult();
                await _respond(stream, _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (as it should when it times out) or the server is stopping.
            }
        }
    }

    private static async Task<string> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, cancellationToken) == 0)
            {
                break;
            }

            head.Append((char)buffer[0]);
        }

        return head.ToString();
    }
}
