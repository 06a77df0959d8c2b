using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// The measurement for a noisy machine: all contenders in one process, a random order in each round, each sample a
/// fixed number of calls (about 25 ms' worth) after a full GC, and the minimum time per call over all rounds. Noise from
/// other processes only ever adds time, so the minimum is each contender's least-disturbed run, and the random order
/// spreads slow periods of the machine over all of them. Allocation per call is the median over the rounds.
/// </summary>
public static class InterleavedRun
{
    private static readonly TimeSpan SampleTarget = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// The 5-item tables take this many times the rounds: their calls last microseconds, so a round's sample is thousands
    /// of calls that one busy moment of the machine shifts, and their ratios judge margins of a few percent.
    /// </summary>
    private const int SmallTableRoundsFactor = 5;

    private static int RoundsFor(int itemCount, int rounds) => itemCount == 5 ? rounds * SmallTableRoundsFactor : rounds;

    public static string Run(int rounds)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Interleaved run: {rounds} rounds per table ({rounds * SmallTableRoundsFactor} for the 5-item tables), random order each round (seed 2024), minimum time per call; {MachineDescription.Line()}");
        report.AppendLine();

        foreach (var itemCount in new[] { 5, 10_000, 100_000 })
        {
            var payload = LicensesUsagePayload.Build(itemCount);
            PayloadReaders.Check(payload, itemCount);
            var contenders = PayloadReaders.All.Select(reader => new Contender(reader.Name, () => reader.Read(payload))).ToList();
            MeasureTable(report, string.Create(CultureInfo.InvariantCulture, $"**Deserialize, N = {itemCount:N0}** ({payload.Length:N0} bytes of JSON)"), contenders, RoundsFor(itemCount, rounds));
        }

        using var handler = new InMemoryPartnerCenterHandler();
        using var clients = new BenchmarkClients(new Uri("http://127.0.0.1/v1/"), handler);
        foreach (var itemCount in new[] { 5, 10_000 })
        {
            AppendEndToEndTable(report, clients, itemCount, rounds, "through an in-memory handler", new (string, EndToEndClient)[]
            {
                ("Raw HttpClient + hand-written reader", EndToEndClient.RawHttpClient),
                ("  … + a timer per call (CancellationTokenSource, 100 s)", EndToEndClient.RawWithTimer),
                ("  … + a timer + Accept: application/json", EndToEndClient.RawWithTimerAndAccept),
                ("  … + a timer + Accept + our converter (shared strings)", EndToEndClient.RawWithTimerAcceptAndOurConverter),
                ("Ours", EndToEndClient.Ours),
                ("Ours, items enumerated (GetAllAsync)", EndToEndClient.OursEnumerated),
                ("Ours through AddPartnerCenterClient", EndToEndClient.OursThroughDI),
                ("NSwag", EndToEndClient.NSwag),
                ("Kiota", EndToEndClient.Kiota),
            });
        }

        AppendLoopbackTables(report, rounds);

        foreach (var itemCount in new[] { 5, 10_000 })
        {
            var customerId = CustomerIds.For(itemCount);
            var contenders = new List<Contender>
            {
                new("Ours, nobody listening", () => clients.Fetch(EndToEndClient.Ours, customerId).ItemCount),
                new("Ours, an ActivityListener and a MeterListener on its telemetry", () => clients.Fetch(EndToEndClient.Ours, customerId).ItemCount, TelemetryListeners.Start),
            };
            MeasureTable(report, string.Create(CultureInfo.InvariantCulture, $"**Telemetry off and on, end to end through an in-memory handler, N = {itemCount:N0}**"), contenders, RoundsFor(itemCount, rounds));
        }

        return report.ToString();
    }

    /// <summary>
    /// The same calls over a real socket (Kestrel on 127.0.0.1 in this process, <see cref="LoopbackServer"/>): what a
    /// client costs next to the connection's own work. Here every client really waits for its response.
    /// </summary>
    private static void AppendLoopbackTables(StringBuilder report, int rounds)
    {
        var server = LoopbackServer.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var clients = new BenchmarkClients(server.BaseAddress, handler: null);
            foreach (var itemCount in new[] { 5, 10_000 })
            {
                AppendEndToEndTable(report, clients, itemCount, rounds, "over a socket (Kestrel on 127.0.0.1, same process)", new (string, EndToEndClient)[]
                {
                    ("Raw HttpClient + hand-written reader", EndToEndClient.RawHttpClient),
                    ("Ours", EndToEndClient.Ours),
                    ("Ours through AddPartnerCenterClient", EndToEndClient.OursThroughDI),
                    ("NSwag", EndToEndClient.NSwag),
                    ("Kiota", EndToEndClient.Kiota),
                });
            }
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>One end-to-end table: each row a client of <paramref name="clients"/> asking for <paramref name="itemCount"/> items.</summary>
    private static void AppendEndToEndTable(StringBuilder report, BenchmarkClients clients, int itemCount, int rounds, string how, (string Name, EndToEndClient Client)[] rows)
    {
        var customerId = CustomerIds.For(itemCount);
        clients.Check(itemCount);
        var contenders = rows.Select(row => new Contender(row.Name, () => clients.Fetch(row.Client, customerId).ItemCount)).ToList();
        MeasureTable(report, string.Create(CultureInfo.InvariantCulture, $"**End to end {how}, N = {itemCount:N0}**"), contenders, RoundsFor(itemCount, rounds));
    }

    /// <summary>Measures <paramref name="contenders"/> and appends their table under <paramref name="heading"/> (shown on the console as the run reaches it).</summary>
    internal static void MeasureTable(StringBuilder report, string heading, List<Contender> contenders, int rounds)
    {
        Console.WriteLine($"// {heading}");
        Measure(contenders, rounds);
        report.AppendLine(heading);
        report.AppendLine();
        AppendTable(report, contenders);
    }

    internal static void Measure(List<Contender> contenders, int rounds)
    {
        // Warm-up long enough for tiered compilation to replace the first, unoptimized code of every contender (it
        // recompiles hot methods in the background after a short delay), then size the samples on the optimized code.
        foreach (var contender in contenders)
        {
            contender.WarmUp();
        }

        Thread.Sleep(500);
        foreach (var contender in contenders)
        {
            contender.Calibrate();
        }

        var random = new Random(2024);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var contender in contenders.OrderBy(_ => random.Next()).ToList())
            {
                contender.Sample();
            }
        }
    }

    private static void AppendTable(StringBuilder report, List<Contender> contenders)
    {
        var floor = contenders[0];
        report.AppendLine(CultureInfo.InvariantCulture, $"| Contender | Min per call | Median per call | Ratio (min) | Ratio (paired) | Allocated per call | Alloc ratio | Allocated − first row |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var contender in contenders)
        {
            var allocated = contender.MedianAllocatedBytes;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {contender.Name} | {Time(contender.MinSeconds)} | {Time(contender.MedianSeconds)} | {contender.MinSeconds / floor.MinSeconds:0.000} | {contender.PairedRatio(floor):0.000} | {allocated:N0} B | {allocated / floor.MedianAllocatedBytes:0.00} | {allocated - floor.MedianAllocatedBytes:+#,0;-#,0;0} B |");
        }

        report.AppendLine();
    }

    private static string Time(double seconds) => seconds switch
    {
        < 1e-3 => (seconds * 1e6).ToString("N2", CultureInfo.InvariantCulture) + " μs",
        < 1 => (seconds * 1e3).ToString("N3", CultureInfo.InvariantCulture) + " ms",
        _ => seconds.ToString("N3", CultureInfo.InvariantCulture) + " s",
    };

    /// <param name="name">The row's name.</param>
    /// <param name="call">One call.</param>
    /// <param name="around">Starts what a sample runs under (outside the timed calls); the result is disposed after the sample.</param>
    internal sealed class Contender(string name, Func<int> call, Func<IDisposable>? around = null)
    {
        private readonly List<double> _seconds = new();
        private readonly List<double> _allocated = new();
        private int _callsPerSample = 1;

        public string Name { get; } = name;

        public double MinSeconds => _seconds.Min();

        public double MedianSeconds => Median(_seconds);

        public double MedianAllocatedBytes => Median(_allocated);

        /// <summary>
        /// The median, over the rounds, of this contender's time over <paramref name="floor"/>'s in the same round: each
        /// ratio compares two samples taken moments apart, so a busy stretch of the machine slows both.
        /// </summary>
        public double PairedRatio(Contender floor) => Median(_seconds.Zip(floor._seconds, (mine, floors) => mine / floors).ToList());

        public void WarmUp()
        {
            using var scope = around?.Invoke();
            var watch = Stopwatch.StartNew();
            for (var calls = 0; calls < 100 || watch.Elapsed < WarmUpTime; calls++)
            {
                call();
                if (watch.Elapsed > WarmUpTime * 4)
                {
                    break; // a slow contender (a large N): a few calls are plenty
                }
            }
        }

        /// <summary>Picks how many calls make a sample of about <see cref="SampleTarget"/>.</summary>
        public void Calibrate()
        {
            using var scope = around?.Invoke();
            var watch = Stopwatch.StartNew();
            var calls = 0;
            while (watch.Elapsed < SampleTarget / 5)
            {
                call();
                calls++;
            }

            _callsPerSample = Math.Max(1, (int)Math.Ceiling(SampleTarget / (watch.Elapsed / calls)));
        }

        public void Sample()
        {
            using var scope = around?.Invoke();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < _callsPerSample; i++)
            {
                call();
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            _seconds.Add(elapsed.TotalSeconds / _callsPerSample);
            _allocated.Add((double)allocated / _callsPerSample);
        }

        internal static double Median(List<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }
}
