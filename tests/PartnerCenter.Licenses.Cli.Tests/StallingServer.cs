using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>
/// A server WireMock cannot imitate: on 127.0.0.1, it answers each request with a 200's headers and the start of a JSON
/// body, then sends nothing more and keeps the connection open until disposed, or (<see cref="Hangs"/> false) closes
/// the connection at once, mid-body.
/// </summary>
internal sealed class StallingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _connections = [];
    private int _requests;

    public StallingServer(bool hangs = true)
    {
        Hangs = hangs;
        _listener.Start();
        BaseUrl = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/";
        _ = AcceptAsync();
    }

    /// <summary>Whether the server keeps the connection open after the start of the body (or closes it).</summary>
    public bool Hangs { get; }

    public string BaseUrl { get; }

    /// <summary>How many requests got the stalled answer.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_connections)
        {
            _connections.ForEach(connection => connection.Dispose());
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_connections)
                {
                    _connections.Add(connection);
                }

                _ = StallAsync(connection.GetStream());
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task StallAsync(NetworkStream stream)
    {
        try
        {
            var received = new StringBuilder();
            var buffer = new byte[4096];
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            Interlocked.Increment(ref _requests);
            var answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{\"totalCount\": 1, \"items\": [";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(answer), _stop.Token);
            await stream.FlushAsync(_stop.Token);
            if (!Hangs)
            {
                stream.Socket.Close();
                return;
            }

            await Task.Delay(Timeout.Infinite, _stop.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or System.IO.IOException)
        {
            // Stopped, or the client gave up.
        }
    }
}
