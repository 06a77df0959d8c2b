using Xunit;

namespace OpenApiClientGenerator.Tests.Infrastructure;

/// <summary>
/// Tests that need the client's timers to fire about on time (its timeouts) run in this collection: alone, after the
/// assembly's parallel tests. In one CI run a 3 s total timeout had not fired a minute later while other tests ran; the
/// likely cause is a compilation run by another test at the same time: its work queued on the thread pool is taken
/// before a timer's callback. Alone, the timers depend on nothing else in this process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "Timing-sensitive";
}
