using System;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace OpenApiClientGenerator.Benchmarks;

/// <summary>
/// How generation time grows with the number of paths: a cold run (new driver, read, parse, name, emit) of specs of
/// 10,000 and 100,000 paths in which every operation has an inline response object, an inline query enum and a
/// documented error, and one path in ten mixes text and a parameter in a segment (left out of the fluent API, OAG006).
/// Linear growth means ten times the paths take about ten times as long. One iteration is seconds, so few are run.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PathScalingBenchmarks
{
    private AdditionalText _spec = null!;

    [Params(10_000, 100_000)]
    public int Paths { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        GeneratorHost.WarmUp();
        _spec = GeneratorHost.Spec($"/specs/paths-{Paths}.openapi.json", Build(Paths));
    }

    [Benchmark]
    public GeneratorDriver Cold() => GeneratorHost.NewDriver(_spec).RunGenerators(GeneratorHost.NewCompilation());

    private const string Operation = """
        "/resRES/SEGMENT/{id}":{"get":{"operationId":"opINDEX","parameters":[
        {"name":"id","in":"path","required":true,"schema":{"type":"string"}},
        {"name":"order","in":"query","schema":{"type":"string","enum":["asc","desc"]}}],
        "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"type":"object","properties":{"name":{"type":"string"},"size":{"type":"integer"},"tags":{"type":"array","items":{"type":"string"}}}}}}},
        "404":{"description":"no","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Err"}}}}}}}
        """;

    /// <summary>The spec of <paramref name="paths"/> paths (about 290 bytes each).</summary>
    public static string Build(int paths)
    {
        var text = new StringBuilder("""{"openapi":"3.0.3","info":{"title":"Paths","version":"1"},"paths":{""");
        for (var i = 0; i < paths; i++)
        {
            var segment = i % 10 == 0 ? $"items{i}.json" : $"items{i}";
            text.Append(i == 0 ? string.Empty : ",")
                .Append(Operation.Replace("RES", (i % 50).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("SEGMENT", segment, StringComparison.Ordinal)
                    .Replace("INDEX", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return text.Append("""},"components":{"schemas":{"Err":{"type":"object","properties":{"message":{"type":"string"}}}}}}""").ToString();
    }
}
