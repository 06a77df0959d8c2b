using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartnerCenter.Peers.Baselines;

/// <summary>
/// A licenses-usage response of any number of items, the same bytes on every run: one customer's usage across products
/// and workloads, every documented field present, values repeating as they do in real data (a few products, workloads,
/// services and channels; a distinct etag per item), one product name with an escaped quote and one with non-ASCII text,
/// and a next link with a continuation header. Written compactly, non-ASCII as raw UTF-8, as a server sends it.
/// </summary>
public static class LicensesUsagePayload
{
    /// <summary>The customer every item belongs to.</summary>
    public const string CustomerId = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";

    /// <summary>The customer's name on every item.</summary>
    public const string CustomerName = "CONTOSO CSP CUSTOMER 005";

    /// <summary>The continuation token of the next link.</summary>
    public const string ContinuationToken = "eyJwYWdlIjoyfQ";

    private static readonly (string Product, string ServiceName, string ServiceCode)[] Products =
    {
        ("OFFICE 365 BUSINESS ESSENTIALS", "o365", "O365"),
        ("EXCHANGE ONLINE (PLAN 1)", "o365", "O365"),
        ("EXCHANGE ONLINE ARCHIVING FOR EXCHANGE ONLINE", "o365", "O365"),
        ("MICROSOFT 365 E5 \"NO TEAMS\"", "m365", "M365"),
        ("MICROSOFT 365 BUSINESS PREMIUM", "m365", "M365"),
        ("DYNAMICS 365 BUSINESS CENTRAL – ESSENTIALS (ÉDITION EUROPÉENNE)", "dynamics", "D365"),
        ("MICROSOFT TEAMS ESSENTIALS", "m365", "M365"),
    };

    private static readonly (string Code, string Name)[] Workloads =
    {
        ("EXO", "Exchange"),
        ("SPO", "SharePoint"),
        ("SFB", "Skype For Business"),
        ("ODB", "OneDrive for Business"),
        ("TEAMS", "Microsoft Teams"),
    };

    private static readonly DateTimeOffset FirstProcessed = new(2024, 3, 9, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The item at <paramref name="index"/>, as written to the payload.</summary>
    public static UsageItem Item(int index)
    {
        var (product, serviceName, serviceCode) = Products[index % Products.Length];
        var (workloadCode, workloadName) = Workloads[index / Products.Length % Workloads.Length];
        var qualified = 1 + (index * 7L % 500);
        var active = index * 3L % (qualified + 1);
        return new UsageItem
        {
            CustomerName = CustomerName,
            CustomerId = CustomerId,
            ProductName = product,
            WorkloadCode = workloadCode,
            WorkloadName = workloadName,
            LicensesActive = active,
            LicensesQualified = qualified,
            UsagePercent = Math.Round(active * 100.0 / qualified, 2),
            ProcessedDateTime = FirstProcessed.AddMinutes(index % 1440),
            ServiceName = serviceName,
            ServiceCode = serviceCode,
            Channel = index % 5 == 0 ? "direct" : "reseller",
            Attributes = new UsageAttributes { ObjectType = "CustomerLicensesUsageInsights", Etag = "W/\"" + index.ToString("x8", CultureInfo.InvariantCulture) + "\"" },
        };
    }

    /// <summary>The response's links: this page and the next, with its continuation header.</summary>
    public static UsageLinks Links() => new()
    {
        Self = new UsageLink { Uri = $"customers/{CustomerId}/analytics/licenses/usage", Method = "GET", Headers = new List<UsageLinkHeader>() },
        Next = new UsageLink
        {
            Uri = $"customers/{CustomerId}/analytics/licenses/usage?seekOperation=Next",
            Method = "GET",
            Headers = new List<UsageLinkHeader> { new() { Key = "MS-ContinuationToken", Value = ContinuationToken } },
        },
    };

    /// <summary>The whole response with <paramref name="itemCount"/> items.</summary>
    public static byte[] Build(int itemCount)
    {
        var buffer = new ArrayBufferWriter<byte>(512 + itemCount * 512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteStart(writer, itemCount);
            for (var index = 0; index < itemCount; index++)
            {
                WriteItem(writer, index);
            }

            WriteEnd(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The response with <paramref name="itemCount"/> items, written as it is read: memory stays small at any size.</summary>
    public static Stream OpenRead(int itemCount) => new PayloadStream(itemCount);

    /// <summary>The length in bytes of the response with <paramref name="itemCount"/> items (written once and counted).</summary>
    public static long Length(int itemCount)
    {
        using var stream = OpenRead(itemCount);
        var chunk = new byte[64 * 1024];
        long length = 0;
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static void WriteStart(Utf8JsonWriter writer, int itemCount)
    {
        writer.WriteStartObject();
        writer.WriteNumber("totalCount"u8, itemCount);
        writer.WriteStartArray("items"u8);
    }

    private static void WriteItem(Utf8JsonWriter writer, int index)
    {
        var item = Item(index);
        writer.WriteStartObject();
        writer.WriteString("customerName"u8, item.CustomerName);
        writer.WriteString("customerId"u8, item.CustomerId);
        writer.WriteString("productName"u8, item.ProductName);
        writer.WriteString("workloadCode"u8, item.WorkloadCode);
        writer.WriteString("workloadName"u8, item.WorkloadName);
        writer.WriteNumber("licensesActive"u8, item.LicensesActive!.Value);
        writer.WriteNumber("licensesQualified"u8, item.LicensesQualified!.Value);
        writer.WriteNumber("usagePercent"u8, item.UsagePercent!.Value);
        writer.WriteString("processedDateTime"u8, item.ProcessedDateTime!.Value);
        writer.WriteString("serviceName"u8, item.ServiceName);
        writer.WriteString("serviceCode"u8, item.ServiceCode);
        writer.WriteString("channel"u8, item.Channel);
        writer.WriteStartObject("attributes"u8);
        writer.WriteString("etag"u8, item.Attributes!.Etag);
        writer.WriteString("objectType"u8, item.Attributes.ObjectType);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndArray();
        var links = Links();
        writer.WriteStartObject("links"u8);
        WriteLink(writer, "self"u8, links.Self!);
        WriteLink(writer, "next"u8, links.Next!);
        writer.WriteEndObject();
        writer.WriteStartObject("attributes"u8);
        writer.WriteString("objectType"u8, "Collection");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter writer, ReadOnlySpan<byte> name, UsageLink link)
    {
        writer.WriteStartObject(name);
        writer.WriteString("uri"u8, link.Uri);
        writer.WriteString("method"u8, link.Method);
        writer.WriteStartArray("headers"u8);
        foreach (var header in link.Headers!)
        {
            writer.WriteStartObject();
            writer.WriteString("key"u8, header.Key);
            writer.WriteString("value"u8, header.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a batch of items whenever the reader has taken everything written so far.</summary>
    private sealed class PayloadStream : Stream
    {
        private const int ItemsPerBatch = 256;
        private readonly int _itemCount;
        private readonly ArrayBufferWriter<byte> _buffer = new(ItemsPerBatch * 512);
        private readonly Utf8JsonWriter _writer;
        private int _nextItem = -1;
        private int _offset;
        private bool _ended;

        public PayloadStream(int itemCount)
        {
            _itemCount = itemCount;
            _writer = new Utf8JsonWriter(_buffer, WriterOptions);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_offset == _buffer.WrittenCount && !WriteMore())
            {
                return 0;
            }

            var count = Math.Min(buffer.Length, _buffer.WrittenCount - _offset);
            _buffer.WrittenSpan.Slice(_offset, count).CopyTo(buffer);
            _offset += count;
            return count;
        }

        public override System.Threading.Tasks.ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
            => new(Read(buffer.Span));

        public override System.Threading.Tasks.Task<int> ReadAsync(byte[] buffer, int offset, int count, System.Threading.CancellationToken cancellationToken)
            => System.Threading.Tasks.Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _writer.Dispose();
            }

            base.Dispose(disposing);
        }

        private bool WriteMore()
        {
            if (_ended)
            {
                return false;
            }

            _buffer.ResetWrittenCount();
            _offset = 0;
            if (_nextItem < 0)
            {
                WriteStart(_writer, _itemCount);
                _nextItem = 0;
            }

            var end = Math.Min(_itemCount, _nextItem + ItemsPerBatch);
            for (; _nextItem < end; _nextItem++)
            {
                WriteItem(_writer, _nextItem);
            }

            if (_nextItem == _itemCount)
            {
                WriteEnd(_writer);
                _ended = true;
            }

            _writer.Flush();
            return _buffer.WrittenCount > 0;
        }
    }
}
