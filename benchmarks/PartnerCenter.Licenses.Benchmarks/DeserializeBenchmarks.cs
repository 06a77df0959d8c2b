using BenchmarkDotNet.Attributes;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>Reading the licenses-usage body (bytes in memory) into objects: every reader against the hand-written floor.</summary>
public class DeserializeBenchmarks
{
    private byte[] _payload = [];

    [Params(5, 10_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _payload = LicensesUsagePayload.Build(N);
        PayloadReaders.Check(_payload, N);
    }

    [Benchmark(Baseline = true)]
    public int Handwritten() => PayloadReaders.Handwritten(_payload);

    [Benchmark]
    public int Ours() => PayloadReaders.Ours(_payload);

    [Benchmark]
    public int OursWithoutSharedStrings() => PayloadReaders.OursWithoutSharedStrings(_payload);

    [Benchmark]
    public int StjSourceGen() => PayloadReaders.SystemTextJsonSourceGen(_payload);

    [Benchmark]
    public int NSwag() => PayloadReaders.NSwag(_payload);

    [Benchmark]
    public int Kiota() => PayloadReaders.Kiota(_payload);

    [Benchmark]
    public int Newtonsoft() => PayloadReaders.Newtonsoft(_payload);
}
