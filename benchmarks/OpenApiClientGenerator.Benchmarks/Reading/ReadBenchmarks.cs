using System;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Peers.Baselines;
using PartnerCenterReading.Models;
using PartnerCenterReading.Serialization;

namespace OpenApiClientGenerator.Benchmarks.Reading;

/// <summary>
/// Reading a Partner Center licenses-usage response (10,000 items, about 4 MB of JSON) from its UTF-8 bytes: the
/// converter the generator emits for the spec against the hand-written Utf8JsonReader floor (the peers' baseline,
/// benchmarks/Peers/PartnerCenter.Peers.Baselines, on its payload). Both parse the whole body from one span, so the
/// difference is the converter's code alone: the generator's own inner loop, beside the peers' comparison.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class ReadBenchmarks
{
    private byte[] _json = Array.Empty<byte>();

    [Params(10_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _json = LicensesUsagePayload.Build(Items);

        // Both readers must read the same data, or the comparison means nothing.
        var handwritten = HandwrittenUsageReader.Read(_json);
        var generated = Generated();
        if (generated.TotalCount != handwritten.TotalCount || generated.Items.Count != handwritten.Items.Count
            || generated.Items[Items - 1].ProductName != handwritten.Items[Items - 1].ProductName
            || generated.Items[Items - 1].ProcessedDateTime != handwritten.Items[Items - 1].ProcessedDateTime
            || generated.Links?.Next?.Headers?[0].Value != handwritten.Links?.Next?.Headers?[0].Value)
        {
            throw new InvalidOperationException("The generated converter and the hand-written reader disagree on the payload.");
        }
    }

    [Benchmark(Baseline = true)]
    public int Handwritten() => HandwrittenUsageReader.Read(_json).Items.Count;

    [Benchmark]
    public int GeneratedConverter() => Generated().Items.Count;

    private CustomerLicensesUsageInsightsCollection Generated()
    {
        var reader = new Utf8JsonReader(_json);
        reader.Read();
        return CustomerLicensesUsageInsightsCollectionJsonConverter.ReadValue(ref reader);
    }
}
