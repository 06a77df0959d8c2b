using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>Every problem in a spec is a diagnostic located in the spec file; nothing escapes into the compiler.</summary>
public sealed class DiagnosticTests
{
    private const string Path = "/specs/broken.openapi.json";

    private static GeneratorRunResult Run(string text) => new GeneratorHarness(new SpecFile(Path, text, "Broken", "BrokenClient")).Run();

    [Fact]
    public void Invalid_json_is_OAG001_at_the_line_and_column_of_the_error()
    {
        const string text = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": { \"title\": \"x\" \"version\": \"1\" }\n}";
        var result = Run(text);

        result.Exception.ShouldBeNull();
        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG001");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(Path);
        span.StartLinePosition.Line.ShouldBe(2);
        span.StartLinePosition.Character.ShouldBe(text.Split('\n')[2].IndexOf("\"version\"", System.StringComparison.Ordinal));
        GeneratorHarness.SpecSources(result).ShouldBeEmpty();
    }

    [Fact]
    public void An_unresolved_reference_is_OAG003_at_the_ref_with_its_pointer_and_output_still_compiles()
    {
        var spec = IncrementalityTests.MinimalSpec("Refs").Replace("\"name\": { \"type\": \"string\" }", "\"name\": { \"$ref\": \"#/components/schemas/Missing\" }", System.StringComparison.Ordinal);
        var harness = new GeneratorHarness(new SpecFile(Path, spec, "Refs", "RefsClient"));

        var result = harness.Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG003");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("#/components/schemas/Thing/properties/name/$ref");
        var line = spec.Split('\n')[diagnostic.Location.GetLineSpan().StartLinePosition.Line];
        line.ShouldContain("#/components/schemas/Missing");
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
        result.GeneratedSources.Single(source => source.HintName.EndsWith("/Models/Thing.g.cs", System.StringComparison.Ordinal))
            .SourceText.ToString().ShouldContain("global::System.Text.Json.JsonElement? Name");
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_OAG004_and_ignored()
    {
        const string text = "{ \"openapi\": \"3.0.3\", \"info\": { \"title\": \"x\", \"version\": \"1\" }, \"paths\": [] }";
        var result = Run(text);

        var diagnostic = result.Diagnostics.Single(d => d.Id == "OAG004");
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("#/paths should be an object but is an array; it is ignored");
        diagnostic.Location.GetLineSpan().StartLinePosition.Character.ShouldBe(text.IndexOf("[]", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("3.0.3", true)]
    [InlineData("3.1.0", false)]
    public void An_operation_without_responses_is_OAG005_only_where_the_version_requires_them(string version, bool reported)
    {
        var result = Run("{ \"openapi\": \"" + version + "\", \"info\": { \"title\": \"x\", \"version\": \"1\" },\n \"paths\": { \"/ping\": { \"post\": { \"operationId\": \"ping\" } } } }");

        result.Diagnostics.Any(d => d.Id == "OAG005").ShouldBe(reported);
        result.GeneratedSources.ShouldContain(source => source.SourceText.ToString().Contains("PingAsync(", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_null_schema_is_a_nullable_value_without_a_diagnostic()
    {
        var spec = IncrementalityTests.MinimalSpec("Nulls").Replace("\"name\": { \"type\": \"string\" }", "\"name\": { \"type\": \"null\" }", System.StringComparison.Ordinal);
        var harness = new GeneratorHarness(new SpecFile(Path, spec, "Nulls", "NullsClient"));

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
        result.GeneratedSources.Single(source => source.HintName.EndsWith("/Models/Thing.g.cs", System.StringComparison.Ordinal))
            .SourceText.ToString().ShouldContain("global::System.Text.Json.JsonElement? Name");
    }

    [Fact]
    public void A_document_without_a_version_is_OAG002()
    {
        var result = Run("{ \"info\": { \"title\": \"x\", \"version\": \"1\" }, \"paths\": {} }");

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("OAG002");
        GeneratorHarness.SpecSources(result).ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_key_is_OAG011_at_the_second_key()
    {
        var result = Run("{ \"openapi\": \"3.0.3\",\n \"info\": { \"title\": \"x\", \"version\": \"1\" },\n \"paths\": {},\n \"paths\": {} }");

        var diagnostic = result.Diagnostics.Single(d => d.Id == "OAG011");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001binary")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"openapi\": \"3.0.3\", \"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\"$ref\": \"#/x/y\"}}}}}}")]
    [InlineData("{\"openapi\": \"3.0.3\", \"components\": {\"schemas\": {\"A\": {\"$ref\": \"#/components/schemas/B\"}, \"B\": {\"$ref\": \"#/components/schemas/A\"}}}}")]
    public void Garbage_never_throws_into_the_compiler(string text)
    {
        var harness = new GeneratorHarness(new SpecFile(Path, text, "Broken", "BrokenClient"));

        var result = harness.Run();

        result.Exception.ShouldBeNull();
        result.Diagnostics.ShouldNotBeEmpty();
        result.Diagnostics.ShouldAllBe(d => d.Location.GetLineSpan().Path == Path);
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
