using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;
using PartnerCenter.Licenses.Serialization;

namespace PartnerCenter.Licenses.Cli;

/// <summary>Prints the usage collection as indented JSON, in the API's own shape (totalCount, items, links, attributes).</summary>
internal static class UsageJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,

        // The output goes to a terminal or a pipe, never into HTML: keep '+' (in "+00:00"), '&' and non-ASCII readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(CustomerLicensesUsageInsightsCollection usage, TextWriter stdout, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            // The generated converter writes without reflection, exactly the wire names.
            CustomerLicensesUsageInsightsCollectionJsonConverter.WriteValue(writer, usage);
        }

        var json = System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        await stdout.WriteLineAsync(json.AsMemory(), cancellationToken).ConfigureAwait(false);
    }
}
