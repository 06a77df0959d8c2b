using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The helpers generated code calls (JSON reading/writing, response buffering, URI formatting). They are kept as real
/// C# files under Emitting/Runtime, embedded in the generator, and added once per compilation that has a spec; the
/// response stream only when one of its specs has a response that streams (a compiler pays for every line it is given).
/// </summary>
internal static class RuntimeEmitter
{
    private const string ResourcePrefix = "OpenApiClientGenerator.Emitting.Runtime.";

    /// <summary>The file of the stream a binary response is handed over as (<c>Runtime/ResponseStream.cs</c>).</summary>
    internal static readonly string ResponseStreamHint = HintFor("ResponseStream");

    private static readonly GeneratedSource[] Sources = Load();

    private static readonly GeneratedSource[] SourcesWithoutStreams = Sources.Where(static source => source.HintName != ResponseStreamHint).ToArray();

    public static IReadOnlyList<GeneratedSource> Emit(RuntimeParts parts) => parts.Streams ? Sources : SourcesWithoutStreams;

    private static GeneratedSource[] Load()
    {
        var assembly = typeof(RuntimeEmitter).Assembly;
        var sources = new List<GeneratedSource>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, System.StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var fileName = name.Substring(ResourcePrefix.Length);
            sources.Add(new GeneratedSource(HintFor(Path.GetFileNameWithoutExtension(fileName)), reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        sources.Sort((left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return sources.ToArray();
    }

    /// <summary>The generated file of the runtime's <c>Emitting/Runtime/<paramref name="name"/>.cs</c>.</summary>
    private static string HintFor(string name) => "OpenApiClientGenerator.Runtime/" + name + ".g.cs";
}

/// <summary>Which optional parts of the runtime a compilation's specs need (equatable: the generator caches on it).</summary>
/// <param name="Needed">Whether any spec made a client (then the runtime is emitted at all).</param>
/// <param name="Streams">Whether any operation has a response read as a stream (binary).</param>
internal readonly record struct RuntimeParts(bool Needed, bool Streams)
{
    public static RuntimeParts Of(IEnumerable<Model.ClientModel?> clients)
    {
        var needed = false;
        foreach (var client in clients)
        {
            if (client is null)
            {
                continue;
            }

            needed = true;
            if (client.Operations.Any(static operation => operation.Responses.Any(static response => response.BodyKind == Model.BodyKind.Binary)))
            {
                return new RuntimeParts(Needed: true, Streams: true);
            }
        }

        return new RuntimeParts(needed, Streams: false);
    }
}
