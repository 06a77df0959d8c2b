using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Serialization;

namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>
/// Prints <c>{"items": [...], "totalCount": N}</c>, each item in the API's wire names through the generated converter
/// (no reflection). Items are written as they arrive, so <c>totalCount</c> (the number of items printed) comes last.
/// </summary>
internal sealed class UsageJsonWriter : IUsageWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // The output goes to a terminal, a file or a pipe, never into HTML: keep '+' (in "+00:00"), '&' and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task WriteAsync(IAsyncEnumerable<CustomerLicensesUsageInsights> items, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(output);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);

        // Nothing is printed until the first page has arrived, so a failed call prints no half result.
        var more = await enumerator.MoveNextAsync().ConfigureAwait(false);
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        var count = 0;
        for (; more; more = await enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            CustomerLicensesUsageInsightsJsonConverter.WriteValue(writer, enumerator.Current);
            count++;
            await FlushAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        }

        writer.WriteEndArray();
        writer.WriteNumber("totalCount", count);
        writer.WriteEndObject();
        await FlushAsync(writer, buffer, output, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
    }

    private static async Task FlushAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, TextWriter output, CancellationToken cancellationToken)
    {
        writer.Flush();
        await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }
}
