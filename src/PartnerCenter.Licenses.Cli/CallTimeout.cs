using System;
using System.Threading;

namespace PartnerCenter.Licenses.Cli;

/// <summary>
/// How long one call to Partner Center may take from the request to the last byte of the body, retries included
/// (<c>--timeout</c>). The client's resilience pipeline bounds attempts up to the response headers only; a server that
/// sends headers and then stalls is ended by this bound, and <see cref="Expired"/> tells that apart from Ctrl+C.
/// </summary>
internal sealed class CallTimeout(TimeSpan limit)
{
    /// <summary>The default: what the client package promises for a whole request.</summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(30);

    private int _expired;

    public TimeSpan Limit { get; } = limit;

    /// <summary>Whether a call was abandoned because it took longer than <see cref="Limit"/>.</summary>
    public bool Expired => Volatile.Read(ref _expired) == 1;

    /// <summary>Starts the clock for one call; dispose the result when the call (body included) is done.</summary>
    public CancellationTokenSource Start(CancellationToken cancellationToken)
    {
        var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        call.Token.Register(() =>
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                Volatile.Write(ref _expired, 1);
            }
        });
        call.CancelAfter(Limit);
        return call;
    }
}
