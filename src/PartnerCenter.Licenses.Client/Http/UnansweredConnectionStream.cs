using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Http;

/// <summary>
/// Makes a connection closed before any response byte one failed attempt, for the resilience pipeline to retry or not.
/// </summary>
/// <remarks>
/// When a connection ends before the first byte of a response to a request without a body, SocketsHttpHandler resends
/// the request by itself, on new connections, up to three times (<c>MaxConnectionFailureRetries</c>, not configurable).
/// It is meant for a pooled keep-alive connection the server closed while idle, but happens on new connections too: a
/// server that drops every connection saw 4 connections per attempt, so 4 × 4 = 16 behind the standard resilience
/// handler. On a connection that has never received a byte, this stream reports the end as an
/// <see cref="HttpIOException"/> (<see cref="HttpRequestError.ResponseEnded"/>), which SocketsHttpHandler does not
/// resend. A connection that has served responses before keeps SocketsHttpHandler's resend on an idle close.
/// It wraps the plaintext stream (above TLS), so the TLS handshake's bytes do not count as a response.
/// </remarks>
internal sealed class UnansweredConnectionStream : Stream
{
    private readonly Stream _inner;
    private bool _received;

    private UnansweredConnectionStream(Stream inner) => _inner = inner;

    /// <summary>A <see cref="SocketsHttpHandler.PlaintextStreamFilter"/> that wraps HTTP/1.x connections.</summary>
    public static ValueTask<Stream> Filter(SocketsHttpPlaintextStreamFilterContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.NegotiatedHttpVersion.Major == 1 ? new UnansweredConnectionStream(context.PlaintextStream) : context.PlaintextStream);
    }

    /// <inheritdoc/>
    public override bool CanRead => _inner.CanRead;

    /// <inheritdoc/>
    public override bool CanWrite => _inner.CanWrite;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanTimeout => _inner.CanTimeout;

    /// <inheritdoc/>
    public override int ReadTimeout { get => _inner.ReadTimeout; set => _inner.ReadTimeout = value; }

    /// <inheritdoc/>
    public override int WriteTimeout { get => _inner.WriteTimeout; set => _inner.WriteTimeout = value; }

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Observe(_inner.Read(buffer, offset, count), count);

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => Observe(_inner.Read(buffer), buffer.Length);

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    /// <remarks>Once the connection has received a byte there is nothing left to observe: reads go straight to the connection.</remarks>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        => _received ? _inner.ReadAsync(buffer, cancellationToken) : ReadFirstBytesAsync(buffer, cancellationToken);

    private async ValueTask<int> ReadFirstBytesAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        => Observe(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer) => _inner.Write(buffer);

    /// <inheritdoc/>
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => _inner.WriteAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc/>
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        => _inner.WriteAsync(buffer, cancellationToken);

    /// <inheritdoc/>
    public override void Flush() => _inner.Flush();

    /// <inheritdoc/>
    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Observe(int read, int requested)
    {
        if (read > 0)
        {
            _received = true;
        }
        else if (requested > 0 && !_received)
        {
            throw new HttpIOException(HttpRequestError.ResponseEnded, "The server closed the connection without sending a response.");
        }

        return read;
    }
}
