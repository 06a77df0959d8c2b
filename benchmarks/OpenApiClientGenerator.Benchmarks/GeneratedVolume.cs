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
    /// <summary><c>-- stages FILE…</c>: how long parsing (with naming) and emitting take for each spec, once each (a quick look, not a benchmark).</summary>
    public static int Stages(string[] paths)
    {
        foreach (var path in paths)
        {
            var spec = GeneratorHost.Spec("/specs/" + Path.GetFileName(path), File.ReadAllText(path));
            var input = SpecInputReader.Read(spec, GeneratorHost.Options, System.Threading.CancellationToken.None)!;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var document = Parsing.Documents.SpecDocumentReader.Read(input.Path, input.Text, new System.Collections.Generic.List<Diagnostics.DiagnosticInfo>(), default)!;
            var read = watch.Elapsed;
            var context = new Parsing.ParseContext(document, default);
            var api = new Parsing.ApiReader(context).Read()!;
            var meaning = watch.Elapsed - read;
            var client = Naming.ClientModelBuilder.Build(api, input.Options, context.Add, default);
            var parsed = watch.Elapsed;
            Console.WriteLine($"  read {read.TotalMilliseconds:N0} ms, spec model {meaning.TotalMilliseconds:N0} ms, naming {(parsed - read - meaning).TotalMilliseconds:N0} ms");
            watch.Restart();
            var length = Emitting.SourceEmitter.Emit(client, System.Threading.CancellationToken.None).Sum(source => (long)source.Text.Length);
            Console.WriteLine($"{Path.GetFileName(path)}: parse {parsed.TotalMilliseconds:N0} ms, emit {watch.Elapsed.TotalMilliseconds:N0} ms ({length:N0} chars)");
        }

        return 0;
    }

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
