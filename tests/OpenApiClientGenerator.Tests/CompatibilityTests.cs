using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// An OpenApiSpec item with a Baseline (the spec as last released): a spec edit that breaks code generated from the
/// baseline is a located OAG014 warning; additions are not; a missing or broken baseline is OAG015.
/// </summary>
public sealed class CompatibilityTests
{
    private const string SpecPath = "/project/spec/api.openapi.json";
    private const string BaselinePath = "/project/spec/api.baseline.openapi.json";

    private static readonly string PartnerCenter = File.ReadAllText(RepositoryPaths.PartnerCenterSpec);

    private static GeneratorRunResult Run(string current, string? baseline, string baselineOption = BaselinePath)
    {
        var spec = new SpecFile(SpecPath, current, "Compat.Api", "CompatClient", baselineOption);
        var baselines = baseline is null ? Array.Empty<BaselineFile>() : new[] { new BaselineFile(BaselinePath, baseline) };
        return new GeneratorHarness(new[] { spec }, baselines).Run();
    }

    private static List<Diagnostic> Breaking(GeneratorRunResult result)
        => result.Diagnostics.Where(diagnostic => diagnostic.Id == "OAG014").ToList();

    private static string Edit(string text, string from, string to)
    {
        text.ShouldContain(from);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    /// <summary>Zero-based line of the first occurrence of <paramref name="marker"/> in <paramref name="text"/>.</summary>
    private static int LineOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        index.ShouldBeGreaterThanOrEqualTo(0);
        return text.AsSpan(0, index).Count('\n');
    }

    [Fact]
    public void The_spec_equal_to_its_baseline_reports_nothing_and_generates_the_same_code()
    {
        var withBaseline = Run(PartnerCenter, PartnerCenter);
        var without = new GeneratorHarness(new SpecFile(SpecPath, PartnerCenter, "Compat.Api", "CompatClient")).Run();

        withBaseline.Diagnostics.ShouldBeEmpty();
        withBaseline.GeneratedSources.Select(source => source.SourceText.ToString())
            .ShouldBe(without.GeneratedSources.Select(source => source.SourceText.ToString()));
    }

    [Fact]
    public void Additions_callers_can_ignore_are_not_breaking()
    {
        var current = Edit(PartnerCenter, "\"workloadCode\": {", "\"seatsAssigned\": { \"type\": \"integer\" },\n          \"workloadCode\": {");
        current = Edit(current, "\"$ref\": \"#/components/parameters/CustomerId\"\n          }", "\"$ref\": \"#/components/parameters/CustomerId\"\n          },\n          { \"name\": \"top\", \"in\": \"query\", \"schema\": { \"type\": \"integer\" } }");

        var result = Run(current, PartnerCenter);

        result.Diagnostics.ShouldBeEmpty();
        result.GeneratedSources.Single(source => source.HintName.EndsWith("CustomerLicensesUsageInsights.g.cs", StringComparison.Ordinal))
            .SourceText.ToString().ShouldContain("SeatsAssigned");
    }

    [Fact]
    public void A_removed_property_is_reported_at_the_schema_properties_that_lost_it_and_the_code_still_generates()
    {
        var current = Edit(PartnerCenter, "\"licensesActive\": {\n            \"type\": \"integer\",\n            \"format\": \"int64\",\n            \"description\": \"The number of active licenses.\"\n          },\n", string.Empty);

        var result = Run(current, PartnerCenter);

        var diagnostic = Breaking(result).ShouldHaveSingleItem();
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.GetMessage().ShouldStartWith("#/components/schemas/CustomerLicensesUsageInsights/properties/licensesActive: the property CustomerLicensesUsageInsights.LicensesActive ('licensesActive') was removed; code written against the baseline 'api.baseline.openapi.json'");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(SpecPath);
        span.StartLinePosition.Line.ShouldBe(LineOf(current, "\"description\": \"The license usage of one customer for one product and workload.\",\n        \"properties\": {") + 1);
        result.GeneratedSources.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_property_type_change_is_reported_at_the_property()
    {
        var current = Edit(PartnerCenter, "\"licensesQualified\": {\n            \"type\": \"integer\",\n            \"format\": \"int64\"", "\"licensesQualified\": {\n            \"type\": \"integer\",\n            \"format\": \"int32\"");

        var diagnostic = Breaking(Run(current, PartnerCenter)).ShouldHaveSingleItem();

        diagnostic.GetMessage().ShouldContain("the property CustomerLicensesUsageInsights.LicensesQualified ('licensesQualified') changed from long? to int?");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf(current, "\"licensesQualified\": {"));
    }

    [Fact]
    public void A_renamed_operation_is_reported_at_the_operation()
    {
        var current = Edit(PartnerCenter, "\"operationId\": \"getCustomerLicensesUsage\"", "\"operationId\": \"listLicensesUsage\"");

        var diagnostic = Breaking(Run(current, PartnerCenter)).ShouldHaveSingleItem();

        diagnostic.GetMessage().ShouldContain("the operation GET /customers/{customer-id}/analytics/licenses/usage is now generated as ListLicensesUsageAsync, no longer GetCustomerLicensesUsageAsync");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf(current, "\"get\": {"));
    }

    [Fact]
    public void A_removed_operation_is_reported_at_its_path()
    {
        var current = Edit(PartnerCenter, "\"/customers/{customer-id}/analytics/licenses/usage\": {\n      \"get\": {", "\"/customers/{customer-id}/analytics/licenses/usage\": {\n      \"post\": {");
        current = Edit(current, "\"operationId\": \"getCustomerLicensesUsage\"", "\"operationId\": \"recordLicensesUsage\"");

        var diagnostic = Breaking(Run(current, PartnerCenter)).ShouldHaveSingleItem();

        diagnostic.GetMessage().ShouldStartWith("#/paths/~1customers~1{customer-id}~1analytics~1licenses~1usage/get: the operation GetCustomerLicensesUsageAsync (GET /customers/{customer-id}/analytics/licenses/usage) was removed;");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf(current, "\"/customers/{customer-id}/analytics/licenses/usage\": {"));
    }

    [Fact]
    public void An_operation_moved_to_another_method_is_reported()
    {
        var current = Edit(PartnerCenter, "\"/customers/{customer-id}/analytics/licenses/usage\": {\n      \"get\": {", "\"/customers/{customer-id}/analytics/licenses/usage\": {\n      \"post\": {");

        var diagnostic = Breaking(Run(current, PartnerCenter)).ShouldHaveSingleItem();

        diagnostic.GetMessage().ShouldContain("GetCustomerLicensesUsageAsync moved from GET /customers/{customer-id}/analytics/licenses/usage to POST /customers/{customer-id}/analytics/licenses/usage");
    }

    [Fact]
    public void A_new_required_parameter_and_a_changed_return_type_are_reported()
    {
        var current = Edit(PartnerCenter, "\"$ref\": \"#/components/parameters/CustomerId\"\n          }", "\"$ref\": \"#/components/parameters/CustomerId\"\n          },\n          { \"name\": \"period\", \"in\": \"query\", \"required\": true, \"schema\": { \"type\": \"string\" } }");
        current = Edit(current, "\"schema\": {\n                  \"$ref\": \"#/components/schemas/CustomerLicensesUsageInsightsCollection\"", "\"schema\": {\n                  \"type\": \"array\", \"items\": { \"$ref\": \"#/components/schemas/CustomerLicensesUsageInsights\" }");

        var messages = Breaking(Run(current, PartnerCenter)).Select(diagnostic => diagnostic.GetMessage()).ToList();

        messages.ShouldContain(message => message.Contains("GetCustomerLicensesUsageAsync: the new query parameter 'period' is required", StringComparison.Ordinal));
        messages.ShouldContain(message => message.Contains("GetCustomerLicensesUsageAsync now returns Task<IReadOnlyList<CustomerLicensesUsageInsights>> instead of Task<CustomerLicensesUsageInsightsCollection>", StringComparison.Ordinal));
    }

    [Fact]
    public void Enum_values_union_variants_requiredness_and_removed_types_are_compared()
    {
        const string Baseline = """
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths: {}
            components:
              schemas:
                Status: { type: string, enum: [available, sold, pending] }
                Cat: { type: object, properties: { kind: { type: string } } }
                Dog: { type: object, properties: { kind: { type: string } } }
                Bird: { type: object, properties: { kind: { type: string } } }
                Pet: { oneOf: [ { $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Bird' } ], discriminator: { propertyName: kind } }
                Owner: { type: object, required: [name], properties: { name: { type: string }, age: { type: integer } } }
                Shelter: { type: object, properties: { city: { type: string } } }
            """;
        var current = Baseline
            .Replace("enum: [available, sold, pending]", "enum: [available, sold, adopted]", StringComparison.Ordinal)
            .Replace("{ $ref: '#/components/schemas/Dog' }, ", string.Empty, StringComparison.Ordinal)
            .Replace("required: [name]", "required: [age]", StringComparison.Ordinal)
            .Replace("Shelter: { type: object, properties: { city: { type: string } } }", string.Empty, StringComparison.Ordinal);

        var result = new GeneratorHarness(
            new[] { new SpecFile("/project/pets.yaml", current, "Pets", "PetsClient", "/project/pets.baseline.yaml") },
            new[] { new BaselineFile("/project/pets.baseline.yaml", Baseline) }).Run();

        var messages = Breaking(result).Select(diagnostic => diagnostic.GetMessage()).ToList();
        messages.ShouldContain(message => message.Contains("the enum Status lost the value 'pending' (Status.Pending)", StringComparison.Ordinal));
        messages.ShouldContain(message => message.Contains("the union Pet lost the variant Dog", StringComparison.Ordinal));
        messages.ShouldContain(message => message.Contains("the property Owner.Name ('name') changed from string to string?", StringComparison.Ordinal));
        messages.ShouldContain(message => message.Contains("the property Owner.Age ('age') changed from long? to long", StringComparison.Ordinal));
        messages.ShouldContain(message => message.StartsWith("#/components/schemas/Shelter: the type Shelter is no longer generated", StringComparison.Ordinal));
        messages.Count.ShouldBe(5);
        Breaking(result).ShouldAllBe(diagnostic => diagnostic.Location.GetLineSpan().Path == "/project/pets.yaml");
    }

    [Fact]
    public void A_baseline_that_is_not_in_the_build_is_reported_once_and_generation_goes_on()
    {
        var result = Run(PartnerCenter, baseline: null);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG015");
        diagnostic.GetMessage().ShouldBe($"The compatibility baseline '{BaselinePath}' was not found; breaking changes against it are not checked");
        diagnostic.Location.GetLineSpan().Path.ShouldBe(SpecPath);
        result.GeneratedSources.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_baseline_that_does_not_parse_is_reported_in_the_baseline_file()
    {
        var result = Run(PartnerCenter, "{ \"openapi\": \"3.0.3\",\n  \"info\": [ }");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG015");
        diagnostic.GetMessage().ShouldStartWith($"The compatibility baseline '{BaselinePath}' cannot be read (The spec is not valid JSON:");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(BaselinePath);
        span.StartLinePosition.Line.ShouldBe(1);
    }

    [Fact]
    public void A_relative_baseline_option_is_taken_relative_to_the_spec()
    {
        var current = Edit(PartnerCenter, "\"format\": \"int64\",\n            \"description\": \"The number of qualified licenses.\"", "\"format\": \"int32\",\n            \"description\": \"The number of qualified licenses.\"");

        var result = Run(current, PartnerCenter, baselineOption: "api.baseline.openapi.json");

        Breaking(result).ShouldHaveSingleItem().GetMessage().ShouldContain("LicensesQualified");
    }

    [Fact]
    public void With_a_baseline_an_unrelated_edit_stays_cached_and_a_baseline_edit_rechecks()
    {
        var current = Edit(PartnerCenter, "\"format\": \"int64\",\n            \"description\": \"The number of qualified licenses.\"", "\"format\": \"int32\",\n            \"description\": \"The number of qualified licenses.\"");
        var harness = new GeneratorHarness(
            new[] { new SpecFile(SpecPath, current, "Compat.Api", "CompatClient", BaselinePath) },
            new[] { new BaselineFile(BaselinePath, PartnerCenter) });
        Breaking(harness.Run()).Count.ShouldBe(1);

        harness.AddUnrelatedCode("namespace Consumer; public sealed class Unrelated { }");
        var unrelated = harness.Run();

        Reasons(unrelated, TrackingNames.Baselines).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        Reasons(unrelated, TrackingNames.SpecInputs).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        Reasons(unrelated, TrackingNames.Models).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached);
        Breaking(unrelated).Count.ShouldBe(1);

        harness.EditSpec(BaselinePath, current);
        var accepted = harness.Run();

        Reasons(accepted, TrackingNames.BaselineModels).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(accepted, TrackingNames.Parse).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        accepted.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_spec_edit_does_not_parse_the_unchanged_baseline_again()
    {
        var harness = new GeneratorHarness(
            new[] { new SpecFile(SpecPath, PartnerCenter, "Compat.Api", "CompatClient", BaselinePath) },
            new[] { new BaselineFile(BaselinePath, PartnerCenter) });
        harness.Run().Diagnostics.ShouldBeEmpty();

        harness.EditSpec(SpecPath, Edit(PartnerCenter, "\"format\": \"int64\",\n            \"description\": \"The number of qualified licenses.\"", "\"format\": \"int32\",\n            \"description\": \"The number of qualified licenses.\""));
        var edited = harness.Run();

        Reasons(edited, TrackingNames.Parse).ShouldContain(IncrementalStepRunReason.Modified);
        Reasons(edited, TrackingNames.BaselineModels).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);
        Breaking(edited).ShouldHaveSingleItem().GetMessage().ShouldContain("LicensesQualified");
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);
}
