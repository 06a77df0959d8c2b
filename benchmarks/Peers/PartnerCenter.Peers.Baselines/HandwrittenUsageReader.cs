using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace PartnerCenter.Peers.Baselines;

/// <summary>
/// The floor: the licenses-usage response read by hand with <see cref="Utf8JsonReader"/> over the whole body, the way a
/// careful person writes it for speed (property names matched as UTF-8 by length, then bytes; unknown properties skipped;
/// the required properties checked). Every other reader is measured against this one.
/// </summary>
public static class HandwrittenUsageReader
{
    /// <summary>Reads a licenses-usage response from its UTF-8 JSON.</summary>
    public static UsageResponse Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        return ReadCollection(ref reader);
    }

    private static UsageResponse ReadCollection(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        int? totalCount = null;
        List<UsageItem>? items = null;
        UsageLinks? links = null;
        UsageAttributes? attributes = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (name.SequenceEqual("totalCount"u8))
            {
                totalCount = reader.GetInt32();
            }
            else if (name.SequenceEqual("items"u8))
            {
                items = ReadItems(ref reader);
            }
            else if (name.SequenceEqual("links"u8))
            {
                links = reader.TokenType == JsonTokenType.Null ? null : ReadLinks(ref reader);
            }
            else if (name.SequenceEqual("attributes"u8))
            {
                attributes = reader.TokenType == JsonTokenType.Null ? null : ReadAttributes(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new UsageResponse
        {
            TotalCount = totalCount ?? throw new JsonException("The required property 'totalCount' is missing."),
            Items = items ?? throw new JsonException("The required property 'items' is missing."),
            Links = links,
            Attributes = attributes,
        };
    }

    private static List<UsageItem> ReadItems(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of items at byte {reader.TokenStartIndex}.");
        }

        var items = new List<UsageItem>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadItem(ref reader));
        }

        return items;
    }

    private static UsageItem ReadItem(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var item = new UsageItem();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            switch (name.Length)
            {
                case 7 when name.SequenceEqual("channel"u8):
                    item.Channel = String(ref reader);
                    continue;
                case 10 when name.SequenceEqual("customerId"u8):
                    item.CustomerId = String(ref reader);
                    continue;
                case 10 when name.SequenceEqual("attributes"u8):
                    item.Attributes = reader.TokenType == JsonTokenType.Null ? null : ReadAttributes(ref reader);
                    continue;
                case 11 when name.SequenceEqual("productName"u8):
                    item.ProductName = String(ref reader);
                    continue;
                case 11 when name.SequenceEqual("serviceCode"u8):
                    item.ServiceCode = String(ref reader);
                    continue;
                case 11 when name.SequenceEqual("serviceName"u8):
                    item.ServiceName = String(ref reader);
                    continue;
                case 12 when name.SequenceEqual("workloadCode"u8):
                    item.WorkloadCode = String(ref reader);
                    continue;
                case 12 when name.SequenceEqual("workloadName"u8):
                    item.WorkloadName = String(ref reader);
                    continue;
                case 12 when name.SequenceEqual("usagePercent"u8):
                    item.UsagePercent = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();
                    continue;
                case 12 when name.SequenceEqual("customerName"u8):
                    item.CustomerName = String(ref reader);
                    continue;
                case 14 when name.SequenceEqual("licensesActive"u8):
                    item.LicensesActive = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
                    continue;
                case 17 when name.SequenceEqual("licensesQualified"u8):
                    item.LicensesQualified = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
                    continue;
                case 17 when name.SequenceEqual("processedDateTime"u8):
                    item.ProcessedDateTime = reader.TokenType == JsonTokenType.Null ? null : reader.GetDateTimeOffset();
                    continue;
                default:
                    reader.Skip();
                    continue;
            }
        }

        return item;
    }

    private static UsageAttributes ReadAttributes(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var attributes = new UsageAttributes();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (name.SequenceEqual("objectType"u8))
            {
                attributes.ObjectType = String(ref reader);
            }
            else if (name.SequenceEqual("etag"u8))
            {
                attributes.Etag = String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return attributes;
    }

    private static UsageLinks ReadLinks(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var links = new UsageLinks();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (name.SequenceEqual("self"u8))
            {
                links.Self = ReadLink(ref reader);
            }
            else if (name.SequenceEqual("next"u8))
            {
                links.Next = ReadLink(ref reader);
            }
            else if (name.SequenceEqual("previous"u8))
            {
                links.Previous = ReadLink(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return links;
    }

    private static UsageLink ReadLink(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var link = new UsageLink();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (name.SequenceEqual("uri"u8))
            {
                link.Uri = String(ref reader);
            }
            else if (name.SequenceEqual("method"u8))
            {
                link.Method = String(ref reader);
            }
            else if (name.SequenceEqual("headers"u8) && reader.TokenType == JsonTokenType.StartArray)
            {
                var headers = new List<UsageLinkHeader>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    headers.Add(ReadLinkHeader(ref reader));
                }

                link.Headers = headers;
            }
            else
            {
                reader.Skip();
            }
        }

        return link;
    }

    private static UsageLinkHeader ReadLinkHeader(ref Utf8JsonReader reader)
    {
        ExpectStartObject(ref reader);
        var header = new UsageLinkHeader();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = Name(ref reader);
            reader.Read();
            if (name.SequenceEqual("key"u8))
            {
                header.Key = String(ref reader);
            }
            else if (name.SequenceEqual("value"u8))
            {
                header.Value = String(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return header;
    }

    private static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan; // escaped names are rare: allocate only then

    private static string? String(ref Utf8JsonReader reader)
        => reader.TokenType == JsonTokenType.Null ? null : reader.GetString();

    private static void ExpectStartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object at byte {reader.TokenStartIndex}, found {reader.TokenType}.");
        }
    }
}
