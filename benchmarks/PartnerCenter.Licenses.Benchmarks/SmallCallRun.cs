using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// The small call (5 items, in-memory handler) measured interleaved in several processes, one after another. Within one
/// process the interleaved ratios are steady; between processes they move by a few hundredths (where the JIT put the
/// code, what it inlined), which is the size of the 1.03× target's margin. So each process is one sample of that,
/// and the verdict is read over the processes: each one's ratios, then their median and range.
/// </summary>
public static class SmallCallRun
{
    /// <summary>The program's first argument that makes it one measured process.</summary>
    public const string ChildMode = "small-call-child";

    private const int ItemCount = 5;

    /// <summary>Issue 13's limit for the small call: the time of raw HttpClient with the hand-written reader, times this.</summary>
    private const double Target = 1.030;

    /// <summary>The rows: the floor first (the ratios are to it), then what our call adds, then our client.</summary>
    private static readonly (string Name, EndToEndClient Client)[] Rows =
    {
        ("Raw HttpClient + hand-written reader", EndToEndClient.RawHttpClient),
        ("… + a timer + Accept", EndToEndClient.RawWithTimerAndAccept),
        ("… + a timer + Accept + our converter (shared strings)", EndToEndClient.RawWithTimerAcceptAndOurConverter),
        ("… + a timer + Accept + our converter alone (no shared strings)", EndToEndClient.RawWithTimerAcceptAndConverterAlone),
        ("… + a timer + Accept + our converter (shared strings) + the address kept as built", EndToEndClient.RawWithTimerAcceptOurConverterAndAddressAsBuilt),
        ("Ours, the operation method (no request builders)", EndToEndClient.OursOperationMethod),
        ("Ours (Customers.ById(id).Analytics.Licenses.Usage.GetAsync())", EndToEndClient.Ours),
    };

    /// <summary>Runs <paramref name="processes"/> processes of <paramref name="rounds"/> rounds each and returns the markdown report.</summary>
    public static string Run(int processes, int rounds)
    {
        var results = new List<Row[]>();
        for (var process = 1; process <= processes; process++)
        {
            Console.WriteLine($"// small call: process {process} of {processes}");
            results.Add(RunChild(rounds));
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Small call: end to end through an in-memory handler, N = {ItemCount}, interleaved in {processes} processes one after another, {rounds} rounds each (random order each round, minimum time per call, and the paired ratio: the median of each round's ratio to the floor); {MachineDescription.Line()}");
        report.AppendLine();
        report.AppendLine("Each process's ratios to the floor (raw HttpClient + hand-written reader), min / paired:");
        report.AppendLine();
        report.AppendLine("| Process | Floor, min per call | " + string.Join(" | ", Rows.Skip(1).Select(row => row.Name)) + " |");
        report.AppendLine("|---:|---:|" + string.Concat(Rows.Skip(1).Select(_ => "---:|")));
        for (var i = 0; i < results.Count; i++)
        {
            var rows = results[i];
            report.AppendLine(CultureInfo.InvariantCulture, $"| {i + 1} | {rows[0].MinSeconds * 1e6:N2} μs | {string.Join(" | ", rows.Skip(1).Select(row => string.Create(CultureInfo.InvariantCulture, $"{MinRatio(rows, row):0.000} / {row.PairedRatio:0.000}")))} |");
        }

        report.AppendLine();
        report.AppendLine("Over the processes:");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"| Row | Min ratio: median (range) | Paired ratio: median (range) | Processes ≤ {Target:0.000} (min / paired) | Allocated per call, median |");
        report.AppendLine("|---|---:|---:|---:|---:|");
        for (var r = 1; r < Rows.Length; r++)
        {
            var mins = results.Select(rows => MinRatio(rows, rows[r])).ToList();
            var paired = results.Select(rows => rows[r].PairedRatio).ToList();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {Rows[r].Name} | {InterleavedRun.Contender.Median(mins):0.000} ({mins.Min():0.000}–{mins.Max():0.000}) | {InterleavedRun.Contender.Median(paired):0.000} ({paired.Min():0.000}–{paired.Max():0.000}) | {mins.Count(ratio => ratio <= Target)} / {paired.Count(ratio => ratio <= Target)} of {results.Count} | {InterleavedRun.Contender.Median(results.Select(rows => rows[r].AllocatedBytes).ToList()):N0} B |");
        }

        return report.ToString();
    }

    /// <summary>One process: the rows measured interleaved; prints them as JSON.</summary>
    public static int RunChild(string[] args)
    {
        var rounds = int.Parse(args[1], CultureInfo.InvariantCulture);
        using var handler = new InMemoryPartnerCenterHandler();
        using var clients = new BenchmarkClients(new Uri("http://127.0.0.1/v1/"), handler);
        clients.Check(ItemCount);
        var customerId = CustomerIds.For(ItemCount);
        var contenders = Rows.Select(row => new InterleavedRun.Contender(row.Name, () => clients.Fetch(row.Client, customerId).ItemCount)).ToList();
        InterleavedRun.Measure(contenders, rounds);
        var floor = contenders[0];
        var rows = contenders.Select(contender => new Row(contender.MinSeconds, contender.PairedRatio(floor), contender.MedianAllocatedBytes)).ToArray();
        Console.WriteLine(JsonSerializer.Serialize(rows));
        return 0;
    }

    private static Row[] RunChild(int rounds)
        => JsonSerializer.Deserialize<Row[]>(ChildProcess.Run(null, null, ChildMode, rounds.ToString(CultureInfo.InvariantCulture)))!;

    /// <summary>A row's fastest call over the floor's (the first row) in the same process.</summary>
    private static double MinRatio(Row[] rows, Row row) => row.MinSeconds / rows[0].MinSeconds;

    private sealed record Row(double MinSeconds, double PairedRatio, double AllocatedBytes);
}
