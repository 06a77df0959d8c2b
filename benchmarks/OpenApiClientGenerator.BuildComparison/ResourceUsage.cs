using System;
using System.Runtime.InteropServices;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>
/// CPU time from the operating system's accounting (getrusage of the waited-for children, Linux only).
/// It covers every process a build started and waited for: MSBuild, the compiler (the builds do not use the shared
/// compiler server, which would run outside the build's process tree), NSwag.
/// </summary>
internal sealed partial record ResourceUsage(TimeSpan User, TimeSpan System)
{
    private const int ChildrenOfThisProcess = -1; // RUSAGE_CHILDREN

    public TimeSpan Cpu => User + System;

    /// <summary>The usage of all children waited for so far, or null where it cannot be read.</summary>
    public static ResourceUsage? OfWaitedChildren()
    {
        if (!OperatingSystem.IsLinux() || GetResourceUsage(ChildrenOfThisProcess, out var usage) != 0)
        {
            return null;
        }

        return new ResourceUsage(usage.UserTime.ToTimeSpan(), usage.SystemTime.ToTimeSpan());
    }

    /// <summary>What the children waited for between two readings used.</summary>
    public static ResourceUsage operator -(ResourceUsage after, ResourceUsage before)
        => new(after.User - before.User, after.System - before.System);

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetResourceUsage(int who, out NativeUsage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue
    {
        public long Seconds;
        public long Microseconds;

        public readonly TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Seconds) + TimeSpan.FromMicroseconds(Microseconds);
    }

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs not read here.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct NativeUsage
    {
        public TimeValue UserTime;
        public TimeValue SystemTime;
        public fixed long Counters[14];
    }
}
