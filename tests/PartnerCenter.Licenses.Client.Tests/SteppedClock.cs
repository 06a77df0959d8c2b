using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>
/// A fake clock that tells when a timer is created, so a test advances time exactly when the code waits on it (a
/// retry's delay, say) instead of guessing. Time moves only when the test advances it.
/// </summary>
public sealed class SteppedClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer due in <paramref name="dueTime"/> is created (others are skipped), then advances the clock by it.</summary>
    public async Task AdvanceWhenWaitingAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        await WhenWaitingAsync(dueTime, cancellationToken);
        Advance(dueTime);
    }

    /// <summary>Waits until a timer due in <paramref name="dueTime"/> is created (others are skipped); the clock stays where it is.</summary>
    public async Task WhenWaitingAsync(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        while (await _timers.Reader.ReadAsync(cancellationToken) != dueTime)
        {
        }
    }
}
