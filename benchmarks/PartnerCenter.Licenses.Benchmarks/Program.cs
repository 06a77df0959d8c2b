using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using PartnerCenter.Licenses.Benchmarks.Streams;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/PartnerCenter.Licenses.Benchmarks -- --filter '*'</c> runs the
/// BenchmarkDotNet benchmarks and copies their reports to benchmarks/results/peers/ (with the charts);
/// <c>-- interleaved [rounds]</c> the interleaved measurement; <c>-- peak-memory [items]</c> the 1,000,000-item peak memory,
/// one process per client; <c>-- small-call [processes] [rounds]</c> the 5-item call in memory, interleaved in several processes;
/// <c>-- stream-read [rounds]</c> a 1 MiB body read as a stream, interleaved;
/// <c>-- charts</c> redraws the charts from the committed CSV reports; <c>-- verify</c> checks that
/// every reader and client reads every size (no timing).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "verify":
                return Verify();
            case "interleaved":
                ResultFiles.Write("interleaved.md", InterleavedRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40));
                return 0;
            case "peak-memory":
                ResultFiles.Write("peak-memory.md", PeakMemoryRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000));
                return 0;
            case PeakMemoryRun.ChildMode:
                return PeakMemoryRun.RunChild(args);
            case "small-call":
                ResultFiles.Write("small-call.md", SmallCallRun.Run(
                    args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10,
                    args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200));
                return 0;
            case SmallCallRun.ChildMode:
                return SmallCallRun.RunChild(args);
            case "stream-read":
                ResultFiles.Write("stream-read.md", StreamReadRun.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100));
                return 0;
            case "charts":
                DrawCharts();
                return 0;
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config(jobGiven: args.Contains("--job") || args.Contains("-j"))).ToList();
        foreach (var file in ResultFiles.CopyReports(summaries))
        {
            Console.WriteLine($"// copied: {file}");
        }

        DrawCharts();

        // Non-zero when a benchmark failed (for example a check in its setup threw).
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }

    /// <summary>
    /// Unless the command line names a job (such as <c>--job dry</c> to try the benchmarks out):
    /// short enough for a busy 2-core machine, long enough to mean something: one process per benchmark, 3 warm-up and
    /// 10 measured iterations of about 0.5 s each; time and allocation per operation; min and median beside the mean.
    /// </summary>
    private static ManualConfig Config(bool jobGiven)
    {
        var csvStyle = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, sizeUnit: SizeUnit.B, timeUnit: TimeUnit.Microsecond, printUnitsInContent: false);
        var config = ManualConfig.CreateMinimumViable();
        if (!jobGiven)
        {
            config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithId("Short"));
        }

        return config
            .WithBuildTimeout(TimeSpan.FromMinutes(15)) // building the benchmark project on a loaded 2-core machine
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
            .AddExporter(MarkdownExporter.GitHub)
            .AddExporter(new CsvExporter(CsvSeparator.Comma, csvStyle));
    }

    private static void DrawCharts()
    {
        foreach (var (report, chart, title, baseline, parameter) in new[]
                 {
                     ("DeserializeBenchmarks-report.csv", "deserialize.svg", "Reading the licenses-usage payload (BenchmarkDotNet mean; lower is better)", "Handwritten", "N"),
                     ("InMemoryEndToEndBenchmarks-report.csv", "end-to-end-in-memory.svg", "One call end to end, in-memory handler (BenchmarkDotNet mean; lower is better)", "RawHttpClient", "N"),
                 })
        {
            var csv = Path.Combine(ResultFiles.Directory, report);
            if (File.Exists(csv))
            {
                ResultFiles.Write(chart, RatioChart.Draw(csv, title, baseline, parameter));
            }
        }
    }

    private static int Verify()
    {
        foreach (var itemCount in new[] { 5, 10_000, 100_000 })
        {
            PayloadReaders.Check(LicensesUsagePayload.Build(itemCount), itemCount);
            Console.WriteLine($"every reader reads {itemCount:N0} items");
        }

        using (var handler = new InMemoryPartnerCenterHandler())
        using (var clients = new BenchmarkClients(new Uri("http://127.0.0.1/v1/"), handler))
        {
            clients.Check(5);
            clients.Check(10_000);
            Console.WriteLine("every client reads 5 and 10,000 items through the in-memory handler");
        }

        var server = LoopbackServer.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var clients = new BenchmarkClients(server.BaseAddress, handler: null);
            clients.Check(5);
            clients.Check(10_000);
            Console.WriteLine($"every client reads 5 and 10,000 items from Kestrel at {server.BaseAddress}");
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return 0;
    }
}
