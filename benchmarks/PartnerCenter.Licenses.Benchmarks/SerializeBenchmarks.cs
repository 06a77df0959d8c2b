using System;
using System.Buffers;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Serialization;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>What is written.</summary>
public enum SerializedValue
{
    /// <summary>One usage item.</summary>
    OneItem,

    /// <summary>A whole response of 10,000 items.</summary>
    TenThousandItems,
}

/// <summary>
/// Writing a model as JSON: our generated converter against System.Text.Json's source generator over the same data, both
/// into one reused <see cref="Utf8JsonWriter"/> and buffer, so only the writing is measured.
/// </summary>
public class SerializeBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(8 * 1024 * 1024);
    private Utf8JsonWriter _writer = null!;
    private CustomerLicensesUsageInsightsCollection _ours = null!;
    private UsageResponse _baseline = null!;

    [ParamsAllValues]
    public SerializedValue Value { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var payload = LicensesUsagePayload.Build(10_000);
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        _ours = CustomerLicensesUsageInsightsCollectionJsonConverter.ReadValue(ref reader);
        _baseline = HandwrittenUsageReader.Read(payload);
        _writer = new Utf8JsonWriter(_buffer);

        var ours = Written(Ours);
        var baseline = Written(StjSourceGen);
        // The same instants: ours writes UTC date-times with 'Z', System.Text.Json with '+00:00'.
        if (!JsonNode.DeepEquals(SameInstants(JsonNode.Parse(ours)), SameInstants(JsonNode.Parse(baseline))))
        {
            throw new InvalidOperationException($"The two writers disagree: {ours[..Math.Min(300, ours.Length)]} / {baseline[..Math.Min(300, baseline.Length)]}");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public int StjSourceGen()
    {
        Restart();
        if (Value == SerializedValue.OneItem)
        {
            JsonSerializer.Serialize(_writer, _baseline.Items[0], BaselineJsonContext.Default.UsageItem);
        }
        else
        {
            JsonSerializer.Serialize(_writer, _baseline, BaselineJsonContext.Default.UsageResponse);
        }

        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int Ours()
    {
        Restart();
        if (Value == SerializedValue.OneItem)
        {
            CustomerLicensesUsageInsightsJsonConverter.WriteValue(_writer, _ours.Items[0]);
        }
        else
        {
            CustomerLicensesUsageInsightsCollectionJsonConverter.WriteValue(_writer, _ours);
        }

        _writer.Flush();
        return _buffer.WrittenCount;
    }

    private void Restart()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    /// <summary>Every string that is an ISO 8601 date-time rewritten as its UTC instant, so equal instants compare equal.</summary>
    private static JsonNode? SameInstants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    obj[name] = SameInstants(value?.DeepClone());
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    array[i] = SameInstants(array[i]?.DeepClone());
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Length >= 20 && text[10] == 'T'
                && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var instant):
                return JsonValue.Create(instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            default:
                return node;
        }
    }

    private string Written(Func<int> write)
    {
        write();
        return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }
}
