using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace OpenApiClientGenerator.Benchmarks.Reading;

/// <summary>
/// The floor: the licenses-usage response read by hand with <see cref="Utf8JsonReader"/>, as a careful person writes it
/// for speed (names matched as UTF-8 by length, then bytes; unknown properties skipped; the required ones checked; the
/// same types and checks as the generated code: nullable numbers, strings, a date-time, a URI).
/// </summary>
internal static class HandwrittenUsageReader
{
    public static Collection Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadCollection(ref reader);
    }

    private static Collection ReadCollection(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        int? totalCount = null;
        List<Item>? items = null;
        Links? links = null;
        Attributes? attributes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 5 when name.SequenceEqual("items"u8): items = ReadItems(ref reader); continue;
                case 5 when name.SequenceEqual("links"u8): links = reader.TokenType == JsonTokenType.Null ? null : ReadLinks(ref reader); continue;
                case 10 when name.SequenceEqual("totalCount"u8): totalCount = Int32(ref reader); continue;
                case 10 when name.SequenceEqual("attributes"u8): attributes = reader.TokenType == JsonTokenType.Null ? null : ReadAttributes(ref reader); continue;
            }

            reader.Skip();
        }

        return new Collection
        {
            TotalCount = totalCount ?? throw new JsonException("The required property 'totalCount' is missing."),
            Items = items ?? throw new JsonException("The required property 'items' is missing."),
            Links = links,
            Attributes = attributes,
        };
    }

    private static List<Item> ReadItems(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var items = new List<Item>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadItem(ref reader));
        }

        return items;
    }

    private static Item ReadItem(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var item = new Item();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 7 when name.SequenceEqual("channel"u8): item.Channel = String(ref reader); continue;
                case 10 when name.SequenceEqual("customerId"u8): item.CustomerId = String(ref reader); continue;
                case 10 when name.SequenceEqual("attributes"u8): item.Attributes = reader.TokenType == JsonTokenType.Null ? null : ReadAttributes(ref reader); continue;
                case 11 when name.SequenceEqual("productName"u8): item.ProductName = String(ref reader); continue;
                case 11 when name.SequenceEqual("serviceCode"u8): item.ServiceCode = String(ref reader); continue;
                case 11 when name.SequenceEqual("serviceName"u8): item.ServiceName = String(ref reader); continue;
                case 12 when name.SequenceEqual("workloadCode"u8): item.WorkloadCode = String(ref reader); continue;
                case 12 when name.SequenceEqual("workloadName"u8): item.WorkloadName = String(ref reader); continue;
                case 12 when name.SequenceEqual("usagePercent"u8): item.UsagePercent = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble(); continue;
                case 12 when name.SequenceEqual("customerName"u8): item.CustomerName = String(ref reader); continue;
                case 14 when name.SequenceEqual("licensesActive"u8): item.LicensesActive = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64(); continue;
                case 17 when name.SequenceEqual("licensesQualified"u8): item.LicensesQualified = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64(); continue;
                case 17 when name.SequenceEqual("processedDateTime"u8): item.ProcessedDateTime = reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset(); continue;
            }

            reader.Skip();
        }

        return item;
    }

    private static Links ReadLinks(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var links = new Links();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 4 when name.SequenceEqual("self"u8): links.Self = ReadLink(ref reader); continue;
                case 4 when name.SequenceEqual("next"u8): links.Next = ReadLink(ref reader); continue;
                case 8 when name.SequenceEqual("previous"u8): links.Previous = ReadLink(ref reader); continue;
            }

            reader.Skip();
        }

        return links;
    }

    private static Link? ReadLink(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        var link = new Link();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 3 when name.SequenceEqual("uri"u8): link.Uri = reader.TokenType == JsonTokenType.Null ? null : new Uri(reader.GetString()!, UriKind.RelativeOrAbsolute); continue;
                case 6 when name.SequenceEqual("method"u8): link.Method = String(ref reader); continue;
                case 7 when name.SequenceEqual("headers"u8): link.Headers = ReadHeaders(ref reader); continue;
            }

            reader.Skip();
        }

        return link;
    }

    private static List<KeyValuePair<string?, string?>>? ReadHeaders(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        Expect(ref reader, JsonTokenType.StartArray);
        var headers = new List<KeyValuePair<string?, string?>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Expect(ref reader, JsonTokenType.StartObject);
            string? key = null;
            string? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Name(ref reader);
                reader.Read();
                switch (name.Length)
                {
                    case 3 when name.SequenceEqual("key"u8): key = String(ref reader); continue;
                    case 5 when name.SequenceEqual("value"u8): value = String(ref reader); continue;
                }

                reader.Skip();
            }

            headers.Add(new KeyValuePair<string?, string?>(key, value));
        }

        return headers;
    }

    private static Attributes ReadAttributes(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var attributes = new Attributes();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 4 when name.SequenceEqual("etag"u8): attributes.Etag = String(ref reader); continue;
                case 10 when name.SequenceEqual("objectType"u8): attributes.ObjectType = String(ref reader); continue;
            }

            reader.Skip();
        }

        return attributes;
    }

    private static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader)
        => reader.HasValueSequence || reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

    private static string? String(ref Utf8JsonReader reader)
        => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a string at byte {reader.TokenStartIndex}."),
        };

    private static int Int32(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : throw new JsonException($"Expected an integer at byte {reader.TokenStartIndex}.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (reader.TokenType != token)
        {
            throw new JsonException($"Expected {token} at byte {reader.TokenStartIndex}.");
        }
    }

    internal sealed class Collection
    {
        public int TotalCount { get; init; }

        public required List<Item> Items { get; init; }

        public Links? Links { get; init; }

        public Attributes? Attributes { get; init; }
    }

    internal sealed class Item
    {
        public string? WorkloadCode { get; set; }

        public string? WorkloadName { get; set; }

        public long? LicensesActive { get; set; }

        public long? LicensesQualified { get; set; }

        public double? UsagePercent { get; set; }

        public string? CustomerId { get; set; }

        public string? CustomerName { get; set; }

        public string? ProductName { get; set; }

        public string? ServiceCode { get; set; }

        public DateTimeOffset? ProcessedDateTime { get; set; }

        public string? ServiceName { get; set; }

        public string? Channel { get; set; }

        public Attributes? Attributes { get; set; }
    }

    internal sealed class Links
    {
        public Link? Self { get; set; }

        public Link? Next { get; set; }

        public Link? Previous { get; set; }
    }

    internal sealed class Link
    {
        public Uri? Uri { get; set; }

        public string? Method { get; set; }

        public List<KeyValuePair<string?, string?>>? Headers { get; set; }
    }

    internal sealed class Attributes
    {
        public string? Etag { get; set; }

        public string? ObjectType { get; set; }
    }
}
