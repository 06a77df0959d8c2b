using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PartnerCenter.Licenses.Benchmarks.Streams;

/// <summary>
/// <see cref="StreamReadBenchmarks"/> measured the noisy machine's way (<see cref="InterleavedRun"/>): raw HttpClient's
/// stream and ours in one process, random order each round, minimum time per 1 MiB read; one table for asynchronous
/// reads, one for synchronous ones, each against raw HttpClient read the same way.
/// </summary>
public static class StreamReadRun
{
    public static string Run(int rounds)
    {
        var benchmarks = new StreamReadBenchmarks();
        benchmarks.Setup();
        try
        {
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"Interleaved stream reads: {rounds} rounds per table, random order each round (seed 2024), minimum time per 1 MiB body read in 4 KiB reads; {MachineDescription.Line()}");
            report.AppendLine();
            InterleavedRun.MeasureTable(report, "**ReadAsync, in-memory handler**", new List<InterleavedRun.Contender>
            {
                new("Raw HttpClient", () => benchmarks.RawHttpClient().GetAwaiter().GetResult()),
                new("Ours", () => benchmarks.Ours().GetAwaiter().GetResult()),
            }, rounds);
            InterleavedRun.MeasureTable(report, "**Read (synchronous), in-memory handler**", new List<InterleavedRun.Contender>
            {
                new("Raw HttpClient", () => benchmarks.RawHttpClientSynchronous().GetAwaiter().GetResult()),
                new("Ours", () => benchmarks.OursSynchronous().GetAwaiter().GetResult()),
            }, rounds);
            return report.ToString();
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
