using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Microsoft.Kiota.Serialization.Json;
using PartnerCenter.Licenses.Serialization;
using PartnerCenter.Peers.Baselines;
using PartnerCenter.Peers.NSwag;
using KiotaModels = PartnerCenter.Peers.Kiota.Models;
using NSwagModels = PartnerCenter.Peers.NSwag;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// Each way of turning the licenses-usage body (UTF-8 bytes in memory) into objects, as its client does it; each returns
/// the number of items read. The BenchmarkDotNet class and the interleaved run measure these same functions.
/// </summary>
public static class PayloadReaders
{
    private static readonly JsonParseNodeFactory KiotaParseNodes = new();

    /// <summary>The readers by display name, the floor first.</summary>
    public static IReadOnlyList<(string Name, Func<byte[], int> Read)> All { get; } = new (string, Func<byte[], int>)[]
    {
        ("Hand-written Utf8JsonReader", Handwritten),
        ("Ours (generated converter, strings shared as in a call)", Ours),
        ("Ours, converter alone (no shared strings)", OursWithoutSharedStrings),
        ("System.Text.Json source-gen", SystemTextJsonSourceGen),
        ("NSwag (System.Text.Json)", NSwag),
        ("Kiota", Kiota),
        ("Newtonsoft.Json", Newtonsoft),
    };

    /// <summary>The floor: <see cref="HandwrittenUsageReader"/>.</summary>
    public static int Handwritten(byte[] payload) => HandwrittenUsageReader.Read(payload).Items.Count;

    private static readonly CustomerLicensesUsageInsightsCollectionJsonConverter Converter = new();

    /// <summary>
    /// Our client's reader as a call runs it: the generated converter over the whole body with the call's shared strings
    /// (through the converter's public Read, which installs them for the document's root as the client does per response).
    /// </summary>
    public static int Ours(byte[] payload) => Ours(payload.AsSpan());

    /// <inheritdoc cref="Ours(byte[])"/>
    public static int Ours(ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        return Converter.Read(ref reader, typeof(PartnerCenter.Licenses.Models.CustomerLicensesUsageInsightsCollection), JsonSerializerOptions.Default).Items.Count;
    }

    /// <summary>The generated converter's ReadValue alone: every string allocated, as the hand-written reader does.</summary>
    public static int OursWithoutSharedStrings(byte[] payload) => OursWithoutSharedStrings(payload.AsSpan());

    /// <inheritdoc cref="OursWithoutSharedStrings(byte[])"/>
    public static int OursWithoutSharedStrings(ReadOnlySpan<byte> payload)
    {
        var reader = new Utf8JsonReader(payload);
        reader.Read();
        return CustomerLicensesUsageInsightsCollectionJsonConverter.ReadValue(ref reader).Items.Count;
    }

    /// <summary>System.Text.Json's source generator over the hand-written classes.</summary>
    public static int SystemTextJsonSourceGen(byte[] payload)
        => JsonSerializer.Deserialize(payload, BaselineJsonContext.Default.UsageResponse)!.Items.Count;

    /// <summary>NSwag's models with the serializer options of NSwag's generated client (reflection-based System.Text.Json).</summary>
    public static int NSwag(byte[] payload)
        => JsonSerializer.Deserialize<NSwagModels.CustomerLicensesUsageInsightsCollection>(payload, NSwagPartnerCenterClient.SerializerOptions)!.Items.Count;

    /// <summary>Kiota's JSON parse node factory and generated model, as Kiota's request adapter uses them.</summary>
    public static int Kiota(byte[] payload)
    {
        using var stream = new MemoryStream(payload, writable: false);
        var node = KiotaParseNodes.GetRootParseNodeAsync("application/json", stream).GetAwaiter().GetResult();
        return node.GetObjectValue(KiotaModels.CustomerLicensesUsageInsightsCollection.CreateFromDiscriminatorValue).Items!.Count;
    }

    /// <summary>Newtonsoft.Json over the hand-written classes, from a stream of the bytes.</summary>
    public static int Newtonsoft(byte[] payload)
    {
        using var stream = new MemoryStream(payload, writable: false);
        return NewtonsoftUsageReader.Read(stream).Items.Count;
    }

    /// <summary>Throws unless every reader reads <paramref name="itemCount"/> items from <paramref name="payload"/>.</summary>
    public static void Check(byte[] payload, int itemCount)
    {
        foreach (var (name, read) in All)
        {
            var count = read(payload);
            if (count != itemCount)
            {
                throw new InvalidOperationException($"{name} read {count} items instead of {itemCount}.");
            }
        }
    }
}
