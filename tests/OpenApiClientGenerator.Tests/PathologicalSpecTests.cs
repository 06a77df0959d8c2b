using System;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// Specs built to hurt: deep and cyclic references, huge enums, a multi-megabyte document. Each must finish (the test
/// run's own timeout is the hang guard); how fast is a question for benchmarks/, not for a test on a busy machine.
/// </summary>
public sealed class PathologicalSpecTests
{
    private static string Document(string schemas, string paths = "{}")
        => $$"""{ "openapi": "3.0.3", "info": { "title": "P", "version": "1" }, "paths": {{paths}}, "components": { "schemas": { {{schemas}} } } }""";

    private static (GeneratorRunResult Result, GeneratorHarness Harness) Generate(string text)
    {
        var harness = new GeneratorHarness(new SpecFile("/specs/pathological.json", text, "Pathological", "PathologicalClient"));
        var result = harness.Run();
        result.Exception.ShouldBeNull();
        result.Diagnostics.Where(d => d.Id == "OAG010").ShouldBeEmpty();
        return (result, harness);
    }

    [Fact]
    public void A_200_deep_reference_chain_resolves_to_its_end()
    {
        var chain = string.Join(",", Enumerable.Range(0, 200).Select(i => $"\"S{i}\": {{ \"$ref\": \"#/components/schemas/S{i + 1}\" }}"));
        var text = Document(chain + ", \"S200\": { \"type\": \"object\", \"properties\": { \"x\": { \"type\": \"string\" } } }, \"Holder\": { \"type\": \"object\", \"properties\": { \"deep\": { \"$ref\": \"#/components/schemas/S0\" } } }");

        var (result, harness) = Generate(text);

        result.Diagnostics.ShouldBeEmpty();
        result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/Holder.g.cs", StringComparison.Ordinal)).SourceText.ToString().ShouldContain("public S200? Deep { get; init; }");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void Cyclic_references_and_schemas_that_include_each_other_end_with_diagnostics()
    {
        var text = Document("""
            "A": { "$ref": "#/components/schemas/B" },
            "B": { "$ref": "#/components/schemas/C" },
            "C": { "$ref": "#/components/schemas/A" },
            "X": { "allOf": [ { "$ref": "#/components/schemas/Y" }, { "type": "object", "properties": { "x": { "type": "string" } } } ] },
            "Y": { "allOf": [ { "$ref": "#/components/schemas/X" }, { "type": "object", "properties": { "y": { "type": "string" } } } ] },
            "Self": { "type": "object", "properties": { "self": { "$ref": "#/components/schemas/Self" }, "all": { "type": "array", "items": { "$ref": "#/components/schemas/Self" } } } },
            "User": { "type": "object", "properties": { "a": { "$ref": "#/components/schemas/A" } } }
            """);

        var (result, harness) = Generate(text);

        result.Diagnostics.ShouldAllBe(d => d.Id == "OAG006" && d.Severity == DiagnosticSeverity.Warning);
        result.Diagnostics.ShouldNotBeEmpty();
        // X extends Y; Y, which would close the circle, copies X's properties instead (and says so).
        result.Diagnostics.ShouldContain(d => d.GetMessage().Contains("extend each other in a circle", StringComparison.Ordinal));
        var x = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/X.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        x.ShouldContain("partial record X : Y");
        var y = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/Y.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        y.ShouldContain("public string? X");
        y.ShouldContain("public string? Y");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_schema_included_through_allOf_while_its_own_references_resolve_keeps_their_types()
    {
        // Found by the benchmarks' synthetic spec: D copies A's properties while A.b is still being resolved.
        var text = Document("""
            "A": { "type": "object", "properties": { "b": { "$ref": "#/components/schemas/B" } } },
            "B": { "type": "object", "properties": { "d": { "$ref": "#/components/schemas/D" } } },
            "D": { "allOf": [ { "$ref": "#/components/schemas/A" }, { "type": "object", "properties": { "x": { "type": "string" } } } ] }
            """);

        var (result, harness) = Generate(text);

        result.Diagnostics.ShouldBeEmpty();
        var d = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/D.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        d.ShouldContain("partial record D : A");
        d.ShouldContain("B = b,"); // its converter reads the inherited property
        result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/A.g.cs", StringComparison.Ordinal)).SourceText.ToString().ShouldContain("public B? B { get; init; }");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_union_that_lists_itself_as_an_alternative_is_diagnosed_and_compiles()
    {
        // Once generated as an implicit conversion from the union to itself (CS0555), with no diagnostic.
        var text = Document("""
            "RecAny": { "anyOf": [ { "$ref": "#/components/schemas/RecAny" }, { "type": "string" }, { "type": "integer" } ] },
            "Holder": { "type": "object", "properties": { "value": { "$ref": "#/components/schemas/RecAny" } } }
            """);

        var (result, harness) = Generate(text);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG006");
        diagnostic.GetMessage().ShouldContain("#/components/schemas/RecAny/anyOf/0");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/specs/pathological.json");
        var union = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/RecAny.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        union.ShouldContain("public string? String { get; init; }");
        union.ShouldContain("public long? Int64 { get; init; }");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void Names_of_ten_thousand_characters_are_shortened_diagnosed_and_compile()
    {
        // Once CS7013 ("name exceeds the maximum length allowed in metadata"), which a build shows only as "csc exited with code 1".
        var longName = new string('a', 10_000);
        var text = Document($$"""
            "{{longName}}": { "type": "object", "properties": { "{{longName}}": { "type": "string" } } },
            "Holder": { "type": "object", "properties": { "value": { "$ref": "#/components/schemas/{{longName}}" } } }
            """);

        var (result, harness) = Generate(text);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG016");
        diagnostic.GetMessage().ShouldContain("10000 characters");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(0);
        result.GeneratedSources.ShouldAllBe(source => source.HintName.Length < 300);
        var holder = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/Holder.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        holder.ShouldMatch(@"public Aaaa\w{115}_[0-9a-f]{8}\? Value \{ get; init; \}");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_ten_thousand_value_enum_generates_and_compiles()
    {
        var values = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"value-{i}\""));
        var (result, harness) = Generate(Document($"\"Huge\": {{ \"type\": \"string\", \"enum\": [{values}] }}"));

        result.Diagnostics.ShouldBeEmpty();
        var source = result.GeneratedSources.Single(s => s.HintName.EndsWith("/Models/Huge.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        source.ShouldContain("public static Huge Value9999 { get; } = new(\"value-9999\");");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_five_megabyte_document_generates_in_bounded_time_and_memory()
    {
        var text = LargeDocument(targetBytes: 5_000_000);
        text.Length.ShouldBeGreaterThan(4_500_000);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var (result, _) = Generate(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        result.Diagnostics.ShouldBeEmpty();
        result.GeneratedSources.Length.ShouldBeGreaterThan(1000);
        allocated.ShouldBeLessThan(4L * 1024 * 1024 * 1024);
    }

    [Fact]
    public void Parsing_honours_cancellation()
    {
        var text = LargeDocument(targetBytes: 2_000_000);
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => SpecParser.Parse(new SpecInput("/specs/large.json", text, new GeneratorOptions("Large", "LargeClient", null)), cancellation.Token));
    }

    [Fact]
    public void Parsing_observes_cancellation_mid_document()
    {
        // A dedicated thread cancels while the parse runs (thread-pool timers can be late when the machine is busy). If
        // the parse finishes before the cancellation lands, the attempt proves nothing and is repeated on a larger
        // document; the test passes when the parse itself noticed the cancellation and stopped with
        // OperationCanceledException instead of completing. How soon is not timed here (the machine may be busy).
        var targetBytes = 5_000_000;
        for (var attempt = 0; attempt < 4; attempt++, targetBytes *= 2)
        {
            var input = new SpecInput("/specs/large.json", LargeDocument(targetBytes), new GeneratorOptions("Large", "LargeClient", null));
            using var cancellation = new CancellationTokenSource();
            using var started = new ManualResetEventSlim();
            var canceller = new Thread(() =>
            {
                started.Wait();
                Thread.Sleep(30);
                cancellation.Cancel();
            });
            canceller.Start();
            try
            {
                started.Set();
                SpecParser.Parse(input, cancellation.Token);
            }
            catch (OperationCanceledException ex)
            {
                ex.CancellationToken.ShouldBe(cancellation.Token);
                return;
            }
            finally
            {
                canceller.Join();
            }
        }

        throw new InvalidOperationException("Every attempt finished before the cancellation arrived; the documents are too small to test with.");
    }

    /// <summary>Many schemas with many properties and one operation per schema, until the text reaches the target size.</summary>
    internal static string LargeDocument(int targetBytes)
    {
        var schemas = new StringBuilder();
        var paths = new StringBuilder();
        for (var i = 0; schemas.Length + paths.Length < targetBytes; i++)
        {
            if (i > 0)
            {
                schemas.Append(',');
                paths.Append(',');
            }

            schemas.Append($"\"Model{i}\": {{ \"type\": \"object\", \"description\": \"Model number {i} with a description long enough to look like a real one.\", \"required\": [\"id\"], \"properties\": {{");
            for (var p = 0; p < 20; p++)
            {
                var type = (p % 5) switch
                {
                    0 => "\"type\": \"string\", \"format\": \"uuid\"",
                    1 => "\"type\": \"integer\", \"format\": \"int64\"",
                    2 => "\"type\": \"array\", \"items\": { \"type\": \"string\" }",
                    3 => i > 0 ? $"\"$ref\": \"#/components/schemas/Model{i - 1}\"" : "\"type\": \"boolean\"",
                    _ => "\"type\": \"string\", \"enum\": [\"a\", \"b\", \"c\"]",
                };
                schemas.Append(p == 0 ? "\"id\": { \"type\": \"string\" }" : $",\"property{p}\": {{ {type}, \"description\": \"Property {p} of model {i}.\" }}");
            }

            schemas.Append("} }");
            paths.Append($"\"/models{i}/{{id}}\": {{ \"get\": {{ \"operationId\": \"getModel{i}\", \"parameters\": [ {{ \"name\": \"id\", \"in\": \"path\", \"required\": true, \"schema\": {{ \"type\": \"string\" }} }} ], \"responses\": {{ \"200\": {{ \"description\": \"ok\", \"content\": {{ \"application/json\": {{ \"schema\": {{ \"$ref\": \"#/components/schemas/Model{i}\" }} }} }} }} }} }} }}");
        }

        return Document(schemas.ToString(), "{" + paths + "}");
    }
}
