using System.IO;
using System.Linq;
using System.Text.Json;
using PartnerCenter.Licenses.Serialization;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>
/// The benchmarks' payload and hand-written readers are what every client is measured against: they must read the same
/// data as our generated converter, so a benchmark never times a reader that skips work.
/// </summary>
public sealed class BaselineReaderTests
{
    private const int Count = 2_000;
    private static readonly byte[] Payload = LicensesUsagePayload.Build(Count);

    [Fact]
    public void The_streamed_payload_is_the_built_payload_byte_for_byte()
    {
        using var streamed = new MemoryStream();
        using (var stream = LicensesUsagePayload.OpenRead(Count))
        {
            stream.CopyTo(streamed, 1000); // a small buffer: many reads across the generator's batches
        }

        streamed.ToArray().ShouldBe(Payload);
        LicensesUsagePayload.Length(Count).ShouldBe(Payload.Length);
    }

    [Fact]
    public void The_payload_has_raw_non_ascii_text_and_an_escaped_quote()
    {
        var text = System.Text.Encoding.UTF8.GetString(Payload);

        text.ShouldContain("ESSENTIALS (ÉDITION EUROPÉENNE)");
        text.ShouldContain("MICROSOFT 365 E5 \\\"NO TEAMS\\\"");
    }

    [Fact]
    public void The_hand_written_reader_System_Text_Json_and_Newtonsoft_read_what_was_written()
    {
        var expected = Enumerable.Range(0, Count).Select(index => UsageSnapshot.Row(LicensesUsagePayload.Item(index))).ToList();

        var readers = new (string Name, UsageResponse Response)[]
        {
            ("hand-written", HandwrittenUsageReader.Read(Payload)),
            ("System.Text.Json source-gen", JsonSerializer.Deserialize(Payload, BaselineJsonContext.Default.UsageResponse)!),
            ("Newtonsoft.Json", NewtonsoftUsageReader.Read(new MemoryStream(Payload))),
        };

        foreach (var (name, response) in readers)
        {
            response.TotalCount.ShouldBe(Count, name);
            UsageSnapshot.Of(response).Items.ShouldBe(expected, name);
            UsageSnapshot.Of(response).Next!.Headers.ShouldBe("MS-ContinuationToken=" + LicensesUsagePayload.ContinuationToken, name);
        }
    }

    [Fact]
    public void Our_generated_converter_reads_the_same_as_the_hand_written_reader()
    {
        var reader = new Utf8JsonReader(Payload);
        reader.Read();

        var ours = UsageSnapshot.Of(CustomerLicensesUsageInsightsCollectionJsonConverter.ReadValue(ref reader));

        UsageSnapshot.Of(HandwrittenUsageReader.Read(Payload)).ShouldEqual(ours, "ours");
    }

    [Fact]
    public void The_hand_written_reader_requires_items_and_total_count()
    {
        Should.Throw<JsonException>(() => HandwrittenUsageReader.Read("""{"totalCount":1}"""u8)).Message.ShouldContain("'items'");
        Should.Throw<JsonException>(() => HandwrittenUsageReader.Read("""{"items":[]}"""u8)).Message.ShouldContain("'totalCount'");
    }
}
