using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Testing;
using PartnerCenter.Peers.Baselines;

namespace PartnerCenter.Peers.CrossCheck.Tests;

/// <summary>The three clients read the same responses as the same data, field by field.</summary>
public sealed class SameDataTests : IClassFixture<PeerClients>
{
    private readonly PeerClients _clients;

    public SameDataTests(PeerClients clients)
    {
        _clients = clients;
        _clients.Fake.Reset();
    }

    [Fact]
    public async Task The_seed_example_reads_the_same_in_every_client()
    {
        // Expected values from the example's own bytes, read by the hand-written reader (no generated code involved).
        var example = SpecExamples.Get(PeerClients.OperationId).Responses[200].Body!;
        var expected = UsageSnapshot.Of(HandwrittenUsageReader.Read(Encoding.UTF8.GetBytes(example)));
        expected.Items!.Count.ShouldBe(5);

        expected.ShouldEqual(UsageSnapshot.Of(await _clients.OursAsync()), "ours");
        expected.ShouldEqual(UsageSnapshot.Of(await _clients.NSwagAsync()), "NSwag");
        expected.ShouldEqual(UsageSnapshot.Of(await _clients.KiotaAsync()), "Kiota");
        _clients.Fake.Requests.Select(request => request.Path).Distinct().ShouldHaveSingleItem()
            .ShouldBe($"/v1/customers/{PeerClients.CustomerId}/analytics/licenses/usage");
    }

    [Fact]
    public async Task Ten_thousand_items_read_the_same_in_every_client()
    {
        const int count = 10_000;
        _clients.Serve(200, Encoding.UTF8.GetString(LicensesUsagePayload.Build(count)));
        var expected = new UsageSnapshot(
            count,
            Enumerable.Range(0, count).Select(index => UsageSnapshot.Row(LicensesUsagePayload.Item(index))).ToList(),
            new LinkRow($"customers/{LicensesUsagePayload.CustomerId}/analytics/licenses/usage", "GET", ""),
            new LinkRow($"customers/{LicensesUsagePayload.CustomerId}/analytics/licenses/usage?seekOperation=Next", "GET", "MS-ContinuationToken=" + LicensesUsagePayload.ContinuationToken),
            null,
            "Collection",
            null);

        expected.ShouldEqual(UsageSnapshot.Of(await _clients.OursAsync()), "ours");
        expected.ShouldEqual(UsageSnapshot.Of(await _clients.NSwagAsync()), "NSwag");
        expected.ShouldEqual(UsageSnapshot.Of(await _clients.KiotaAsync()), "Kiota");
    }
}
