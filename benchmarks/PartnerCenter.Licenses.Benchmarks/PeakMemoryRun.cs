using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// Peak memory of one call for 1,000,000 items, one process per client so that nothing one client leaves (pooled
/// buffers, a grown heap) is charged to the next. The sampled peak counts garbage not yet collected (for a client that
/// streams, that is the GC's gen0 budget); the peak after a GC counts what each collection left alive. The body is written as it is read (never held whole by the server
/// side), with its Content-Length; each child warms its client up on a small call and a streamed one (1,000 items) first,
/// then measures one big call.
/// </summary>
public static class PeakMemoryRun
{
    /// <summary>The program's first argument that makes it the measured child.</summary>
    public const string ChildMode = "peak-memory-child";

    /// <summary>The child's argument for the control row.</summary>
    private const string NoClient = "None";

    /// <summary>The items of the streamed warm-up call: a body of about 460 KB, read in several buffers.</summary>
    private const int WarmUpItems = 1_000;

    /// <summary>A gen0 budget of 16 MiB (DOTNET_GCgen0size), to show what the sampled peak of a streaming client is made of.</summary>
    private const string SmallGen0Budget = "0x1000000";

    /// <summary>The contenders; no client is the control row: the child measures nothing but its own measuring.</summary>
    private static readonly (string Name, EndToEndClient? Client, string? Gen0Size)[] Contenders =
    {
        ("No call (the control: what the measurement itself leaves)", null, null),
        ("Raw HttpClient + hand-written reader (whole body in a pooled buffer)", EndToEndClient.RawHttpClient, null),
        ("Ours (GetAsync: the page with its items, materialised)", EndToEndClient.Ours, null),
        ("Ours, items enumerated (GetAllAsync: IAsyncEnumerable, none kept)", EndToEndClient.OursEnumerated, null),
        ("Ours, items enumerated, with a 16 MiB gen0 budget (DOTNET_GCgen0size)", EndToEndClient.OursEnumerated, SmallGen0Budget),
        ("Ours through AddPartnerCenterClient", EndToEndClient.OursThroughDI, null),
        ("NSwag (System.Text.Json, reads the stream)", EndToEndClient.NSwag, null),
        ("Kiota", EndToEndClient.Kiota, null),
        ("Raw HttpClient + System.Text.Json source-gen, reads the stream", EndToEndClient.SystemTextJsonStream, null),
        ("Raw HttpClient + Newtonsoft.Json, reads the stream", EndToEndClient.NewtonsoftStream, null),
    };

    /// <summary>Runs one child process per client and returns the markdown table.</summary>
    public static string Run(int itemCount)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Peak memory, one call for {itemCount:N0} items ({Peers.Baselines.LicensesUsagePayload.Length(itemCount):N0} bytes of JSON), one process per client; {MachineDescription.Line()}");
        report.AppendLine();
        report.AppendLine("| Client | Time | Peak working set growth | Peak managed heap growth (sampled) | Peak heap after a GC (live) | Heap holding the result | Retained after the result is dropped |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, client, gen0Size) in Contenders)
        {
            Console.WriteLine($"// peak memory: {name}");
            var measurement = RunChild(client, itemCount, gen0Size);
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {measurement.Seconds:N2} s | {MiB(measurement.PeakWorkingSetGrowth)} | {MiB(measurement.PeakHeapGrowth)} | {MiB(measurement.PeakLiveHeapGrowth)} | {MiB(measurement.HeapHoldingResult)} | {measurement.RetainedAfterDrop:N0} B |");
        }

        return report.ToString();
    }

    /// <summary>The child: one client, one measured call; prints the measurement as JSON.</summary>
    public static int RunChild(string[] args)
    {
        EndToEndClient? client = args[1] == NoClient ? null : Enum.Parse<EndToEndClient>(args[1]);
        var itemCount = int.Parse(args[2], CultureInfo.InvariantCulture);
        using var handler = new InMemoryPartnerCenterHandler(streamed: true);
        using var clients = new BenchmarkClients(new Uri("http://127.0.0.1/v1/"), handler);

        // Warm-up on the paths the measured call takes: a small body (read whole) and a streamed one, so that what a
        // process pays once (compiled code, ArrayPool.Shared's first buffers of each size) is not charged to the call.
        if (client is { } warmed)
        {
            clients.Fetch(warmed, CustomerIds.For(5));
            clients.Fetch(warmed, CustomerIds.For(WarmUpItems));
        }

        handler.PrepareStreamedLength(itemCount);

        // The sampler (its thread, started, waiting for the signal) exists before the baseline: not counted as retained.
        long peakHeap = 0;
        long peakLiveHeap = 0;
        var lastGc = 0L;
        using var sampling = new CancellationTokenSource();
        using var go = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            go.Wait();
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));

                // What each collection left: live objects (and fragmentation), without the garbage awaiting the next one.
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                if (gc.Index != lastGc)
                {
                    lastGc = gc.Index;
                    long after = 0;
                    foreach (var generation in gc.GenerationInfo)
                    {
                        after += generation.SizeAfterBytes;
                    }

                    peakLiveHeap = Math.Max(peakLiveHeap, after);
                }

                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        var result = new StrongBox<object?>();
        sampler.Start();

        FullCollect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        ResetPeakWorkingSet();
        var workingSetBefore = ProcStatus("VmRSS:");
        peakHeap = heapBefore;
        peakLiveHeap = heapBefore;
        lastGc = GC.GetGCMemoryInfo(GCKind.Any).Index;
        go.Set();

        var watch = Stopwatch.StartNew();
        var count = FetchInto(result, clients, client, itemCount);
        var seconds = watch.Elapsed.TotalSeconds;
        sampling.Cancel();
        sampler.Join();
        if (count != itemCount)
        {
            throw new InvalidOperationException($"{client} read {count} items instead of {itemCount}.");
        }

        var peakWorkingSet = ProcStatus("VmHWM:");
        FullCollect();
        var heapHoldingResult = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        GC.KeepAlive(result.Value);
        result.Value = null; // the only reference: nothing on this method's stack holds the response
        FullCollect();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;

        Console.WriteLine(JsonSerializer.Serialize(new Measurement(seconds, peakWorkingSet - workingSetBefore, peakHeap - heapBefore, peakLiveHeap - heapBefore, heapHoldingResult, retained)));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FetchInto(StrongBox<object?> result, BenchmarkClients clients, EndToEndClient? client, int itemCount)
    {
        if (client is null)
        {
            result.Value = new object();
            return itemCount;
        }

        var (response, count) = clients.Fetch(client.Value, CustomerIds.For(itemCount));
        result.Value = response;
        return count;
    }

    private static Measurement RunChild(EndToEndClient? client, int itemCount, string? gen0Size)
        => JsonSerializer.Deserialize<Measurement>(ChildProcess.Run(
            gen0Size is null ? null : "DOTNET_GCgen0size",
            gen0Size,
            ChildMode,
            client?.ToString() ?? NoClient,
            itemCount.ToString(CultureInfo.InvariantCulture)))!;

    private static void FullCollect()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
    }

    /// <summary>Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one.</summary>
    private static void ResetPeakWorkingSet() => File.WriteAllText("/proc/self/clear_refs", "5");

    /// <summary>A value of /proc/self/status in bytes (VmRSS: resident now, VmHWM: peak resident).</summary>
    private static long ProcStatus(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(candidate => candidate.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    private static string MiB(long bytes) => Math.Round(bytes / 1024.0 / 1024.0).ToString("#,0;-#,0;0", CultureInfo.InvariantCulture) + " MiB";

    private sealed record Measurement(double Seconds, long PeakWorkingSetGrowth, long PeakHeapGrowth, long PeakLiveHeapGrowth, long HeapHoldingResult, long RetainedAfterDrop);
}
