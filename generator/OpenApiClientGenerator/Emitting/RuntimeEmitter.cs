using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The helpers generated code calls (JSON reading/writing, response buffering, URI formatting). They are kept as real
/// C# files under Emitting/Runtime, embedded in the generator, and added once per compilation that has a spec.
/// </summary>
internal static class RuntimeEmitter
{
    private const string ResourcePrefix = "OpenApiClientGenerator.Emitting.Runtime.";

    private static readonly GeneratedSource[] Sources = Load();

    public static IReadOnlyList<GeneratedSource> Emit() => Sources;

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
            sources.Add(new GeneratedSource("OpenApiClientGenerator.Runtime/" + Path.GetFileNameWithoutExtension(fileName) + ".g.cs", reader.ReadToEnd().Replace("\r\n", "\n")));
        }

        sources.Sort((left, right) => string.CompareOrdinal(left.HintName, right.HintName));
        return sources.ToArray();
    }
}
