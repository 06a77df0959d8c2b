using System;
using System.IO;
using System.Linq;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// <c>-- volume FILE…</c>: how much code the generator emits for each spec (files, lines, characters, the largest files):
/// the compiler and analyzers pay for every line on every build.
/// </summary>
internal static class GeneratedVolume
{
    public static int Print(string[] paths)
    {
        // "--write DIR" first: also writes every generated file under DIR, to read them.
        var writeTo = paths.Length > 2 && paths[0] == "--write" ? paths[1] : null;
        paths = writeTo is null ? paths : paths.Skip(2).ToArray();
        GeneratorHost.WarmUp();
        foreach (var path in paths)
        {
            var spec = GeneratorHost.Spec("/specs/" + Path.GetFileName(path), File.ReadAllText(path));
            var result = GeneratorHost.NewDriver(spec).RunGenerators(GeneratorHost.NewCompilation()).GetRunResult().Results.Single();
            // The runtime (and the attribute definition that marks it) is the same for every spec.
            var sources = result.GeneratedSources.Where(source => !source.HintName.StartsWith("OpenApiClientGenerator.Runtime/", StringComparison.Ordinal)
                && !source.HintName.StartsWith("Microsoft.CodeAnalysis.", StringComparison.Ordinal)).ToList();
            var runtime = result.GeneratedSources.Except(sources).ToList();
            Console.WriteLine($"{Path.GetFileName(path)}: {sources.Count} files, {sources.Sum(s => s.SourceText.Lines.Count):N0} lines, {sources.Sum(s => s.SourceText.Length):N0} chars "
                + $"(+ runtime {runtime.Count} files, {runtime.Sum(s => s.SourceText.Lines.Count):N0} lines); {result.Diagnostics.Length} diagnostics");
            foreach (var source in writeTo is null ? Enumerable.Empty<Microsoft.CodeAnalysis.GeneratedSourceResult>() : result.GeneratedSources)
            {
                var file = Path.Combine(writeTo!, Path.GetFileNameWithoutExtension(path), source.HintName);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, source.SourceText.ToString());
            }

            foreach (var source in sources.OrderByDescending(s => s.SourceText.Lines.Count).Take(8))
            {
                Console.WriteLine($"  {source.SourceText.Lines.Count,7:N0}  {source.HintName}");
            }
        }

        return 0;
    }
}
