using System;
using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenApiClientGenerator.Benchmarks.Reading;

/// <summary>
/// A Partner Center licenses-usage response of any number of items, the same bytes on every run: every documented field
/// present, values repeating as in real data (a few products, workloads, services and channels; a distinct etag per
/// item), one product name with an escaped quote and one with non-ASCII text, and links with a continuation header.
/// </summary>
internal static class UsagePayload
{
    private static readonly (string Product, string ServiceName, string ServiceCode)[] Products =
    {
        ("OFFICE 365 BUSINESS ESSENTIALS", "o365", "O365"),
        ("EXCHANGE ONLINE (PLAN 1)", "o365", "O365"),
        ("MICROSOFT 365 E5 \"NO TEAMS\"", "m365", "M365"),
        ("MICROSOFT 365 BUSINESS PREMIUM", "m365", "M365"),
        ("DYNAMICS 365 BUSINESS CENTRAL – ESSENTIALS (ÉDITION EUROPÉENNE)", "dynamics", "D365"),
    };

    private static readonly (string Code, string Name)[] Workloads =
    {
        ("EXO", "Exchange"), ("SPO", "SharePoint"), ("ODB", "OneDrive for Business"), ("TEAMS", "Microsoft Teams"),
    };

    public static byte[] Build(int items)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("totalCount", items);
            writer.WriteStartArray("items");
            var first = new DateTimeOffset(2024, 3, 9, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < items; i++)
            {
                var (product, serviceName, serviceCode) = Products[i % Products.Length];
                var (workloadCode, workloadName) = Workloads[i / Products.Length % Workloads.Length];
                var qualified = 1 + (i * 7L % 500);
                var active = i * 3L % (qualified + 1);
                writer.WriteStartObject();
                writer.WriteString("workloadCode", workloadCode);
                writer.WriteString("workloadName", workloadName);
                writer.WriteNumber("licensesActive", active);
                writer.WriteNumber("licensesQualified", qualified);
                writer.WriteNumber("usagePercent", Math.Round(active * 100.0 / qualified, 2));
                writer.WriteString("customerId", "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
                writer.WriteString("customerName", "CONTOSO CSP CUSTOMER 005");
                writer.WriteString("productName", product);
                writer.WriteString("serviceCode", serviceCode);
                writer.WriteString("processedDateTime", first.AddMinutes(i % 1440));
                writer.WriteString("serviceName", serviceName);
                writer.WriteString("channel", i % 5 == 0 ? "direct" : "reseller");
                writer.WriteStartObject("attributes");
                writer.WriteString("etag", "W/\"" + i.ToString("x8", CultureInfo.InvariantCulture) + "\"");
                writer.WriteString("objectType", "CustomerLicensesUsageInsights");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("links");
            WriteLink(writer, "self", null);
            WriteLink(writer, "next", "eyJwYWdlIjoyfQ");
            writer.WriteEndObject();
            writer.WriteStartObject("attributes");
            writer.WriteString("objectType", "Collection");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteLink(Utf8JsonWriter writer, string name, string? continuation)
    {
        writer.WriteStartObject(name);
        writer.WriteString("uri", "customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage");
        writer.WriteString("method", "GET");
        writer.WriteStartArray("headers");
        if (continuation is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("key", "MS-ContinuationToken");
            writer.WriteString("value", continuation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
