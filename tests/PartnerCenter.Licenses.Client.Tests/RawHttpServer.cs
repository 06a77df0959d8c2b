using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// A TCP server on 127.0.0.1 that misbehaves as a test scripts it, where WireMock cannot (closing connections unanswered,
/// redirecting, speaking TLS and then hanging up). It counts the connections it accepts and records the request heads it reads.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<RawRequest> _requests = new();
    private readonly Func<RawConnection, Task> _script;
    private readonly X509Certificate2? _certificate;
    private readonly Task _accepting;
    private int _connections;

    private RawHttpServer(Func<RawConnection, Task> script, X509Certificate2? certificate)
    {
        _script = script;
        _certificate = certificate;
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseAddress = new Uri($"{(certificate is null ? "http" : "https")}://127.0.0.1:{port}/v1/");
        _accepting = AcceptAsync();
    }

    /// <summary>The address to point a client at: <c>http(s)://127.0.0.1:port/v1/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many connections were accepted.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The request heads read so far, in order.</summary>
    public IReadOnlyList<RawRequest> Requests => _requests.ToArray();

    /// <summary>Starts a server that runs <paramref name="script"/> on each connection (over TLS with <paramref name="certificate"/> when given).</summary>
    public static RawHttpServer Start(Func<RawConnection, Task> script, X509Certificate2? certificate = null) => new(script, certificate);

    /// <summary>
    /// Starts a server that answers every request, on kept-alive connections, with what <paramref name="answer"/> gives
    /// for the request and its number (from 1, across connections).
    /// </summary>
    public static RawHttpServer Answering(Func<RawRequest, int, string> answer)
    {
        var answered = 0;
        return Start(async connection =>
        {
            while (await connection.ReadRequestAsync() is { } request)
            {
                await connection.WriteAsync(answer(request, Interlocked.Increment(ref answered)));
            }
        });
    }

    /// <summary>A response as HTTP/1.1 text, with Content-Length (and the given headers).</summary>
    public static string Response(int status, string body = "", params string[] headers)
    {
        var text = new StringBuilder($"HTTP/1.1 {status} Status{status}\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        text.Append($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n").Append(body);
        return text.ToString();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
                var index = Interlocked.Increment(ref _connections);
                connections.Add(ServeAsync(client, index));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        await Task.WhenAll(connections).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ServeAsync(TcpClient client, int index)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var tls = new SslStream(stream);
                    await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _certificate }, _stopping.Token);
                    stream = tls;
                }

                await using (stream)
                {
                    await _script(new RawConnection(stream, index, _requests, _stopping.Token));
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // The client went away or the server stopped: what the test checks is what was counted.
            }
        }
    }
}

/// <summary>One accepted connection: read request heads, write raw text.</summary>
public sealed class RawConnection
{
    private readonly Stream _stream;
    private readonly ConcurrentQueue<RawRequest> _requests;
    private readonly CancellationToken _stopping;

    internal RawConnection(Stream stream, int index, ConcurrentQueue<RawRequest> requests, CancellationToken stopping)
    {
        _stream = stream;
        Index = index;
        _requests = requests;
        _stopping = stopping;
    }

    /// <summary>The connection's number, from 1, in the order accepted.</summary>
    public int Index { get; }

    /// <summary>Reads one request head (the requests here have no body); null when the client closed first.</summary>
    public async Task<RawRequest?> ReadRequestAsync()
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await _stream.ReadAsync(buffer, _stopping) == 0)
            {
                return null;
            }

            head.Add(buffer[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
            {
                var request = RawRequest.Parse(Encoding.Latin1.GetString(head.ToArray()));
                _requests.Enqueue(request);
                return request;
            }
        }

        throw new InvalidDataException("Request head over 64 KiB.");
    }

    /// <summary>Writes <paramref name="text"/> as is.</summary>
    public async Task WriteAsync(string text)
    {
        await _stream.WriteAsync(Encoding.UTF8.GetBytes(text), _stopping);
        await _stream.FlushAsync(_stopping);
    }
}

/// <summary>A request head as the server read it.</summary>
public sealed record RawRequest(string RequestLine, IReadOnlyList<KeyValuePair<string, string>> Headers, string Head)
{
    /// <summary>The values of the header <paramref name="name"/> (any case), in order.</summary>
    public IReadOnlyList<string> Values(string name)
        => Headers.Where(header => string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase)).Select(header => header.Value).ToList();

    internal static RawRequest Parse(string head)
    {
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1)
            .Select(line => line.Split(':', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : string.Empty))
            .ToList();
        return new RawRequest(lines[0], headers, head);
    }
}
