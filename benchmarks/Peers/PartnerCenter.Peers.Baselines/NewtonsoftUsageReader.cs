using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace PartnerCenter.Peers.Baselines;

/// <summary>Newtonsoft.Json over the hand-written classes, from UTF-8 bytes as a response stream gives them.</summary>
public static class NewtonsoftUsageReader
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    /// <summary>Reads a licenses-usage response.</summary>
    public static UsageResponse Read(Stream utf8Json)
    {
        using var text = new StreamReader(utf8Json, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
        using var json = new JsonTextReader(text);
        return Serializer.Deserialize<UsageResponse>(json) ?? throw new JsonSerializationException("The body is the JSON null.");
    }
}
