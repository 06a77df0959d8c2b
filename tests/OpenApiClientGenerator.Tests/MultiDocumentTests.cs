using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// A spec whose $refs point into other documents of the project (OpenApiSpecReference items): relative paths, nested
/// folders, local references inside the other document, documents of bare schemas; and what happens when one is missing.
/// </summary>
public sealed class MultiDocumentTests
{
    private static readonly string Folder = RepositoryPaths.TestSpec("multi-document");
    private static readonly string StorePath = Path.Combine(Folder, "store.openapi.yaml");
    private static readonly string CommonPath = Path.Combine(Folder, "schemas", "common.yaml");
    private static readonly string PetsPath = Path.Combine(Folder, "schemas", "pets.json");

    private static SpecFile Store(string? text = null) => new(StorePath, text ?? File.ReadAllText(StorePath), "Store.Api", "StoreClient");

    private static GeneratorHarness Harness(string? store = null, string? common = null, string? pets = null)
        => new(
            new[] { Store(store) },
            Array.Empty<BaselineFile>(),
            new[] { new ReferenceFile(CommonPath, common ?? File.ReadAllText(CommonPath)), new ReferenceFile(PetsPath, pets ?? File.ReadAllText(PetsPath)) });

    private static string Source(GeneratorRunResult result, string suffix)
        => result.GeneratedSources.Single(source => source.HintName.EndsWith(suffix, StringComparison.Ordinal)).SourceText.ToString();

    [Fact]
    public void References_into_other_documents_generate_the_types_they_point_to_and_compile_without_warnings()
    {
        var harness = Harness();
        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
        Source(result, "Models/Order.g.cs").ShouldContain("public required OrderStatus Status { get; init; }");
        Source(result, "Models/Order.g.cs").ShouldContain("public Pet? Pet { get; init; }");
        Source(result, "Models/Pet.g.cs").ShouldContain("public global::System.Collections.Generic.IReadOnlyList<Tag>? Tags { get; init; }");
        Source(result, "/StoreClient.g.cs").ShouldContain("GetOrderAsync(global::System.Guid orderId");
    }

    [Fact]
    public void Matches_the_approved_snapshots()
        => Snapshots.Verify(
            Path.Combine("Features", "MultiDocument"),
            GeneratorHarness.SpecSources(Harness().Run()));

    [Fact]
    public void Json_for_a_type_from_another_document_round_trips_through_the_generated_converters()
    {
        var compiled = CompiledSpec.From(Harness(), StorePath);
        const string Json = """{"id":"5b0e5a3c-3f8e-4a55-9a39-6a2c7f1f0d11","status":"approved","pet":{"name":"Rex","tags":[{"label":"good"}]},"placedAt":"2026-11-24T10:00:00Z"}""";

        var order = compiled.Deserialize(Json, "Store.Api.Models.Order")!;

        CompiledSpec.Property(CompiledSpec.Property(order, "Pet")!, "Name").ShouldBe("Rex");
        compiled.Serialize(order, "Store.Api.Models.Order").ShouldBe(Json);
    }

    [Fact]
    public void A_spec_can_refer_into_another_spec_of_the_project_and_both_generate_side_by_side()
    {
        const string Billing = """
            openapi: 3.1.0
            info: { title: Billing, version: "1" }
            paths:
              /invoices/{id}:
                get:
                  operationId: getInvoice
                  parameters: [ { name: id, in: path, required: true, schema: { type: string } } ]
                  responses:
                    "200": { description: The invoice., content: { application/json: { schema: { $ref: '#/components/schemas/Invoice' } } } }
            components:
              schemas:
                Invoice: { type: object, properties: { total: { $ref: 'money.yaml#/components/schemas/Money' } } }
            """;
        const string Money = """
            openapi: 3.1.0
            info: { title: Money, version: "1" }
            paths: {}
            components:
              schemas:
                Money: { type: object, required: [amount, currency], properties: { amount: { type: number, format: decimal }, currency: { type: string } } }
            """;
        var harness = new GeneratorHarness(
            new SpecFile("/project/specs/billing.yaml", Billing, "Billing", "BillingClient"),
            new SpecFile("/project/specs/money.yaml", Money, "Money", "MoneyClient"));

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty();
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
        var invoice = result.GeneratedSources.Single(source => source.HintName == "Billing.BillingClient/Models/Invoice.g.cs").SourceText.ToString();
        invoice.ShouldContain("public Money? Total { get; init; }");
        result.GeneratedSources.ShouldContain(source => source.HintName == "Billing.BillingClient/Models/Money.g.cs");
        result.GeneratedSources.ShouldContain(source => source.HintName == "Money.MoneyClient/Models/Money.g.cs");
    }

    [Fact]
    public void A_document_that_is_not_an_item_of_the_project_is_a_located_warning()
    {
        var harness = new GeneratorHarness(new[] { Store() }, Array.Empty<BaselineFile>(), new[] { ReferenceFile.FromDisk(PetsPath) });
        var result = harness.Run();

        var missing = result.Diagnostics.Where(diagnostic => diagnostic.Id == "OAG012").ToList();
        missing.ShouldNotBeEmpty();
        var first = missing.OrderBy(diagnostic => diagnostic.Location.SourceSpan.Start).First();
        first.GetMessage().ShouldBe("#/paths/~1orders~1{orderId}/parameters/0/$ref: the $ref 'schemas/common.yaml#/components/parameters/OrderId' points to another document, which is not an OpenApiSpec or OpenApiSpecReference item of the project (add the file as an OpenApiSpecReference item); the parameter is left out");
        first.Location.GetLineSpan().Path.ShouldBe(StorePath);
        first.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(10);
        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).ShouldBeEmpty();
    }

    [Fact]
    public void A_reference_to_a_url_is_a_located_warning_and_the_value_is_kept_as_json()
    {
        var store = File.ReadAllText(StorePath).Replace("$ref: './schemas/pets.json#/Pet'", "$ref: 'https://schemas.example.com/pets.json#/Pet'", StringComparison.Ordinal);

        var result = Harness(store: store).Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.GetMessage().ShouldBe("#/components/schemas/NewOrder/properties/pet/$ref: the $ref 'https://schemas.example.com/pets.json#/Pet' points to another document, which is on the web, and a build does not fetch it (save a copy in the project as an OpenApiSpecReference item); the value is typed as JsonElement");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf(store, "$ref: 'https://"));
        Source(result, "Models/NewOrder.g.cs").ShouldContain("public required global::System.Text.Json.JsonElement Pet { get; init; }");
    }

    [Fact]
    public void A_broken_pointer_into_another_document_is_reported_where_it_is_written()
    {
        var common = File.ReadAllText(CommonPath).Replace("$ref: 'pets.json#/Pet'", "$ref: 'pets.json#/Pets'", StringComparison.Ordinal);

        var result = Harness(common: common).Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG003");
        diagnostic.GetMessage().ShouldStartWith("#/components/schemas/Order/properties/pet/$ref: the $ref 'pets.json#/Pets' does not point to anything in the document");
        var span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(CommonPath);
        span.StartLinePosition.Line.ShouldBe(LineOf(common, "$ref: 'pets.json#/Pets'"));
    }

    [Fact]
    public void A_syntax_error_in_another_document_is_reported_in_that_document()
    {
        var pets = File.ReadAllText(PetsPath).Replace("\"name\": { \"type\": \"string\" },", "\"name\": { \"type\": \"string\" }", StringComparison.Ordinal);

        var result = Harness(pets: pets).Run();

        var diagnostic = result.Diagnostics.Where(d => d.Id == "OAG001").ShouldHaveSingleItem();
        diagnostic.Location.GetLineSpan().Path.ShouldBe(PetsPath);
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(LineOf(pets, "\"tags\""));
    }

    [Fact]
    public void Editing_a_referenced_document_regenerates_the_spec_and_editing_an_unrelated_one_does_not()
    {
        var unrelatedPath = Path.Combine(Folder, "schemas", "unrelated.yaml");
        var harness = new GeneratorHarness(
            new[] { Store() },
            Array.Empty<BaselineFile>(),
            new[] { ReferenceFile.FromDisk(CommonPath), ReferenceFile.FromDisk(PetsPath), new ReferenceFile(unrelatedPath, "components: {}\n") });
        harness.Run();

        harness.EditSpec(unrelatedPath, "components: { schemas: {} }\n");
        var unrelated = harness.Run();
        Reasons(unrelated, TrackingNames.Models).ShouldAllBe(reason => reason == IncrementalStepRunReason.Cached || reason == IncrementalStepRunReason.Unchanged);

        harness.EditSpec(PetsPath, File.ReadAllText(PetsPath).Replace("\"label\": { \"type\": \"string\" }", "\"label\": { \"type\": \"string\" }, \"color\": { \"type\": \"string\" }", StringComparison.Ordinal));
        var edited = harness.Run();
        Reasons(edited, TrackingNames.Models).ShouldContain(IncrementalStepRunReason.Modified);
        Source(edited, "Models/Tag.g.cs").ShouldContain("public string? Color { get; init; }");
    }

    [Fact]
    public void A_document_that_is_one_schema_is_named_after_its_file_whatever_uses_it_first()
    {
        const string Api = """
            openapi: 3.1.0
            info: { title: Users, version: "1" }
            paths:
              /users/{name}:
                parameters: [ { name: name, in: path, required: true, schema: { type: string } } ]
                get:
                  operationId: getUserByName
                  responses: { "200": { description: ok, content: { application/json: { schema: { $ref: 'schemas/User.yaml' } } } } }
                put:
                  operationId: updateUser
                  requestBody: { content: { application/json: { schema: { $ref: 'schemas/User.yaml' } } } }
                  responses: { "204": { description: ok } }
            """;
        const string User = "type: object\nproperties:\n  name: { type: string }\n";
        var harness = new GeneratorHarness(
            new[] { new SpecFile("/project/users.yaml", Api, "Users", "UsersClient") },
            Array.Empty<BaselineFile>(),
            new[] { new ReferenceFile("/project/schemas/User.yaml", User) });

        var result = harness.Run();

        result.Diagnostics.ShouldBeEmpty();
        result.GeneratedSources.ShouldContain(source => source.HintName == "Users.UsersClient/Models/User.g.cs");
        Source(result, "/UsersClient.g.cs").ShouldContain("Task<User> GetUserByNameAsync(");
        Source(result, "/UsersClient.g.cs").ShouldContain("UpdateUserAsync(string name, User? body = default");
    }

    [Fact]
    public void A_name_taken_by_a_schema_of_another_document_is_reported_in_that_document()
    {
        const string Api = """
            {
              "swagger": "2.0",
              "info": { "title": "Zones", "version": "1" },
              "paths": {
                "/zones": { "get": { "operationId": "listZones", "responses": {
                  "200": { "description": "ok", "schema": { "$ref": "#/definitions/ErrorResponse" } },
                  "default": { "description": "error", "schema": { "$ref": "./common/types.json#/definitions/ErrorResponse" } } } } }
              },
              "definitions": { "ErrorResponse": { "type": "object", "properties": { "local": { "type": "string" } } } }
            }
            """;
        const string Types = "{\n  \"definitions\": {\n    \"ErrorResponse\": { \"type\": \"object\", \"properties\": { \"shared\": { \"type\": \"string\" } } }\n  }\n}\n";
        var harness = new GeneratorHarness(
            new[] { new SpecFile("/project/zones.json", Api, "Zones", "ZonesClient") },
            Array.Empty<BaselineFile>(),
            new[] { new ReferenceFile("/project/common/types.json", Types) });

        var result = harness.Run();

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("OAG008");
        diagnostic.GetMessage().ShouldBe("#/definitions/ErrorResponse: 'ErrorResponse' maps to the C# name 'ErrorResponse', which is already taken; it is named 'ErrorResponse2' instead");
        diagnostic.Location.GetLineSpan().Path.ShouldBe("/project/common/types.json");
        diagnostic.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2);
        Source(result, "Models/ErrorResponse2.g.cs").ShouldContain("Shared");
    }

    private static int LineOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        index.ShouldBeGreaterThanOrEqualTo(0);
        return text.AsSpan(0, index).Count('\n');
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason);
}
