using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Emitting;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>The generator runs in every build and keystroke: unchanged specs must come from the cache.</summary>
public sealed class IncrementalityTests
{
    private static readonly string SpecPath = RepositoryPaths.PartnerCenterSpec;

    private static GeneratorHarness Harness(params SpecFile[] extra)
        => new(new[] { SpecFile.FromDisk(SpecPath, "PartnerCenter.Licenses", "PartnerCenterClient") }.Concat(extra).ToArray());

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);

    [Fact]
    public void An_unrelated_code_edit_leaves_the_parse_and_emit_steps_cached()
    {
        var harness = Harness();
        var first = harness.Run();

        harness.AddUnrelatedCode("namespace Consumer; public sealed class Unrelated { public int Value { get; set; } }");
        var second = harness.Run();

        Reasons(second, TrackingNames.SpecInputs).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        Reasons(second, TrackingNames.Models).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        second.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs)
            .ShouldAllBe(output => output.Reason == IncrementalStepRunReason.Cached);
        second.GeneratedSources.Select(source => source.SourceText.ToString()).ShouldBe(first.GeneratedSources.Select(source => source.SourceText.ToString()));
    }

    [Fact]
    public void A_spec_edit_regenerates_the_changed_code()
    {
        var harness = Harness();
        var before = harness.Run();
        var edited = System.IO.File.ReadAllText(SpecPath).Replace(
            "\"workloadCode\": {",
            "\"seatsAssigned\": { \"type\": \"integer\", \"format\": \"int32\", \"description\": \"Seats assigned to users.\" },\n          \"workloadCode\": {",
            System.StringComparison.Ordinal);

        harness.EditSpec(SpecPath, edited);
        var after = harness.Run();

        Reasons(after, TrackingNames.Models).ShouldContain(IncrementalStepRunReason.Modified);
        var model = Source(after, "Models/CustomerLicensesUsageInsights.g.cs");
        model.ShouldContain("public int? SeatsAssigned { get; init; }");
        Source(before, "Models/CustomerLicensesUsageInsights.g.cs").ShouldNotContain("SeatsAssigned");
        model.ShouldContain("\"seatsAssigned\"u8");
    }

    [Fact]
    public void Reformatting_a_spec_reparses_it_but_the_equal_model_skips_emission()
    {
        var harness = Harness();
        harness.Run();

        harness.EditSpec(SpecPath, System.IO.File.ReadAllText(SpecPath).Replace("\n", "\n  ", System.StringComparison.Ordinal));
        var after = harness.Run();

        Reasons(after, TrackingNames.SpecInputs).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(after, TrackingNames.Models).ShouldAllBe(reason => reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_of_two_specs_reruns_only_that_one()
    {
        const string otherPath = "/specs/other.openapi.json";
        var other = new SpecFile(otherPath, MinimalSpec("Other"), "Other.Api", "OtherClient");
        var harness = Harness(other);
        harness.Run();

        harness.EditSpec(otherPath, MinimalSpec("Other, edited"));
        var after = harness.Run();

        var models = after.TrackedSteps[TrackingNames.Models].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        models.Count.ShouldBe(2);
        models.Count(reason => reason == IncrementalStepRunReason.Cached).ShouldBe(1);
        models.Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        Source(after, "OtherClient.g.cs").ShouldContain("Other, edited");
    }

    [Theory]
    [InlineData("spec/partner-center.openapi.json")]
    [InlineData("tests/OpenApiClientGenerator.Tests/Specs/public/swagger-petstore-v3-openapi.yaml")]
    [InlineData("tests/OpenApiClientGenerator.Tests/Specs/features/unions.json")]
    public void The_model_of_a_spec_is_value_equal_across_parses(string relativePath)
    {
        var path = System.IO.Path.Combine(RepositoryPaths.Root, relativePath);
        var input = new SpecInput(path, System.IO.File.ReadAllText(path), new GeneratorOptions("Equal", "EqualClient", null));

        var first = SpecParser.Parse(input, System.Threading.CancellationToken.None);
        var second = SpecParser.Parse(input with { Text = input.Text + "\n" }, System.Threading.CancellationToken.None);

        first.Result.Client.ShouldNotBeNull();
        ReferenceEquals(first.Result.Client, second.Result.Client).ShouldBeFalse();
        second.Result.ShouldBe(first.Result);
        second.Result.GetHashCode().ShouldBe(first.Result.GetHashCode());
    }

    [Fact]
    public void An_edit_that_only_moves_lines_of_a_spec_with_warnings_emits_nothing_again()
    {
        // The spec has a warning (an unknown schema type), so its diagnostics carry locations that the edit moves.
        var text = MinimalSpec("Warned").Replace("\"name\": { \"type\": \"string\" }", "\"name\": { \"type\": \"string\" }, \"odd\": { \"type\": \"strange\" }", System.StringComparison.Ordinal);
        const string path = "/specs/warned.openapi.json";
        var harness = new GeneratorHarness(new SpecFile(path, text, "Warned.Api", "WarnedClient"));
        var before = harness.Run();
        var warning = before.Diagnostics.ShouldHaveSingleItem();

        harness.EditSpec(path, "\n\n\n" + text);
        var after = harness.Run();

        Reasons(after, TrackingNames.Parse).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(after, TrackingNames.Models).ShouldAllBe(reason => reason == IncrementalStepRunReason.Unchanged);
        Reasons(after, TrackingNames.Diagnostics).ShouldContain(IncrementalStepRunReason.Modified);
        after.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason)
            .Count(reason => reason == IncrementalStepRunReason.Modified).ShouldBe(1, "only the diagnostics output changes");
        after.Diagnostics.ShouldHaveSingleItem().Location.GetLineSpan().StartLinePosition.Line.ShouldBe(warning.Location.GetLineSpan().StartLinePosition.Line + 3);
    }

    [Fact]
    public void Editing_one_schema_description_re_emits_only_the_files_that_mention_it()
    {
        const string path = "/specs/linked.openapi.json";
        var harness = new GeneratorHarness(new SpecFile(path, LinkedSpec("Item 7 of the chain."), "Linked.Api", "LinkedClient"));
        var before = harness.Run();

        harness.EditSpec(path, LinkedSpec("Item 7 of the chain, edited."));
        var after = harness.Run();

        // Item7's file carries the description on its type; Item6's on its property 'next' (a $ref without a description
        // of its own is documented by its target's). Item5 refers to Item7 only through an array: it is not written again.
        Reasons(after, TrackingNames.Models).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(after, TrackingNames.TypeShapes).ShouldAllBe(reason => reason == IncrementalStepRunReason.Unchanged);
        var units = after.TrackedSteps[TrackingNames.Sources].SelectMany(run => run.Outputs).ToList();
        units.Count.ShouldBe(before.GeneratedSources.Count(source => source.HintName.StartsWith("Linked.Api.LinkedClient/", System.StringComparison.Ordinal)));
        units.Where(output => output.Reason == IncrementalStepRunReason.Modified).Select(output => ((SourceUnit)output.Value).HintName)
            .ShouldBe(new[] { "Linked.Api.LinkedClient/Models/Item6.g.cs", "Linked.Api.LinkedClient/Models/Item7.g.cs" });
        after.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs)
            .Count(output => output.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New).ShouldBe(2, "only the two files are written again");
        Source(after, "Models/Item7.g.cs").ShouldContain("Item 7 of the chain, edited.");
        Source(after, "Models/Item6.g.cs").ShouldContain("Item 7 of the chain, edited.");
        Source(after, "Models/Item5.g.cs").ShouldBe(Source(before, "Models/Item5.g.cs"));
        Source(after, "LinkedClient.g.cs").ShouldBe(Source(before, "LinkedClient.g.cs"));
    }

    [Fact]
    public void A_structural_edit_re_emits_the_files_that_refer_to_the_changed_type()
    {
        const string path = "/specs/linked.openapi.json";
        var text = LinkedSpec("Item 7 of the chain.");
        var harness = new GeneratorHarness(new SpecFile(path, text, "Linked.Api", "LinkedClient"));
        var before = harness.Run();

        // Item7 becomes an enum: Item6's converter reads it differently, so Item6 is written again too.
        harness.EditSpec(path, text.Replace("\"Item7\": { \"type\": \"object\"", "\"Item7\": { \"type\": \"string\", \"enum\": [\"a\"], \"x-was\": \"object\"", System.StringComparison.Ordinal));
        var after = harness.Run();

        Reasons(after, TrackingNames.TypeShapes).ShouldContain(IncrementalStepRunReason.Modified);
        Source(after, "Models/Item6.g.cs").ShouldNotBe(Source(before, "Models/Item6.g.cs"));
    }

    /// <summary>Ten schemas in a chain (each refers to the next by a property and to the one after by an array), one operation.</summary>
    private static string LinkedSpec(string item7Description)
    {
        var schemas = string.Join(",\n", Enumerable.Range(0, 10).Select(i =>
            $$"""
                "Item{{i}}": { "type": "object", "description": "{{(i == 7 ? item7Description : $"Item {i} of the chain.")}}",
                  "properties": { "name": { "type": "string", "description": "The name of item {{i}}." }{{(i < 9 ? $$""", "next": { "$ref": "#/components/schemas/Item{{i + 1}}" }""" : "")}}{{(i < 8 ? $$""", "later": { "type": "array", "items": { "$ref": "#/components/schemas/Item{{i + 2}}" } }""" : "")}} } }
            """));
        return $$"""
            {
              "openapi": "3.0.3",
              "info": { "title": "Linked", "version": "1" },
              "paths": {
                "/items/{id}": {
                  "get": {
                    "operationId": "getItem",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                    "responses": { "200": { "description": "The first item.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Item0" } } } } }
                  }
                }
              },
              "components": { "schemas": {
            {{schemas}}
              } }
            }
            """;
    }

    internal static string MinimalSpec(string title) => $$"""
        {
          "openapi": "3.0.3",
          "info": { "title": "{{title}}", "version": "1" },
          "paths": {
            "/things/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "A thing.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
              }
            }
          },
          "components": { "schemas": { "Thing": { "type": "object", "properties": { "name": { "type": "string" } } } } }
        }
        """;

    private static string Source(GeneratorRunResult result, string hintSuffix)
        => result.GeneratedSources.Single(source => source.HintName.EndsWith("/" + hintSuffix, System.StringComparison.Ordinal)).SourceText.ToString();
}
