using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using OpenApiClientGenerator.Tests.Infrastructure;

namespace OpenApiClientGenerator.Tests;

/// <summary>
/// The runtime helpers are internal source emitted into every project that has a spec. Two such projects, the second
/// seeing the first's internals (InternalsVisibleTo), would each see two copies of every helper (CS0436) unless the
/// helpers are [Embedded]: then each project sees only its own.
/// </summary>
public sealed class RuntimeIsolationTests
{
    private const string EmbeddedMark = "[global::Microsoft.CodeAnalysis.EmbeddedAttribute]";

    private const string AlphaCode = """
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Beta")]

        namespace Alpha;

        internal static class Shared
        {
            internal const int Answer = 42;
        }
        """;

    private const string BetaCode = """
        namespace Beta;

        /// <summary>Uses Alpha's internals and the runtime helpers by name.</summary>
        public static class Uses
        {
            /// <summary>Alpha's internal constant.</summary>
            public static int Answer => Alpha.Shared.Answer;

            /// <summary>A runtime helper: Beta's own copy.</summary>
            public static string Formatted => global::OpenApiClientGenerator.Runtime.UriFormatting.Format(Answer);
        }
        """;

    [Fact]
    public void Two_generating_projects_with_internals_visible_to_each_other_compile_without_warnings()
    {
        var beta = CompileBeta(stripEmbedded: false);

        Problems(beta).ShouldBeEmpty();
        var model = beta.GetSemanticModel(beta.SyntaxTrees.Single(tree => tree.ToString().Contains("namespace Beta;", StringComparison.Ordinal)));
        var helper = model.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberAccessExpressionSyntax>().First(node => node.Name.Identifier.Text == "Format");
        model.GetSymbolInfo(helper).Symbol!.ContainingAssembly.Name.ShouldBe("Beta");
    }

    [Fact]
    public void Without_the_embedded_mark_the_same_projects_clash()
    {
        // The control: the clash the mark prevents is real.
        var beta = CompileBeta(stripEmbedded: true);

        Problems(beta).ShouldContain(diagnostic => diagnostic.Id == "CS0436");
    }

    [Fact]
    public void Schemas_named_like_runtime_helpers_keep_their_names_and_compile()
    {
        // Generated code names every helper by its full name, so a schema may take any helper's name. (The parser still
        // renames the older helpers' names, JsonReading, QueryBuilder…; these are the helpers it does not know about.)
        string[] helpers = { "ApiPipeline", "ApiRequest", "ApiFailure", "IApiException", "IApiClientOptions", "IJsonStringEnum", "StringEnumJsonConverter", "Int64EnumJsonConverter" };
        var schemas = string.Join(",", helpers.Select(name => $"\"{name}\": {{ \"type\": \"object\", \"properties\": {{ \"kind\": {{ \"$ref\": \"#/components/schemas/Kind\" }} }} }}"));
        var spec = $$"""
            {
              "openapi": "3.0.3",
              "info": { "title": "Helpers", "version": "1" },
              "paths": { "/{id}": { "get": { "operationId": "get", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/ApiPipeline" } } } } } } } },
              "components": { "schemas": { "Kind": { "type": "string", "enum": [ "a", "b" ] }, {{schemas}} } }
            }
            """;
        var harness = new GeneratorHarness(new SpecFile("/specs/helpers.json", spec, "Helpers", "HelpersClient"));

        var result = harness.Run();

        GeneratorHarness.CompileProblems(harness.LastOutputCompilation!).Select(d => d.ToString()).ShouldBeEmpty();
        var models = GeneratorHarness.SpecSources(result).Select(source => Snapshots.NameOf(source.HintName)).ToList();
        models.Where(name => name.StartsWith("Models.", StringComparison.Ordinal))
            .ShouldBe(helpers.Select(name => "Models." + name).Append("Models.Kind"), ignoreOrder: true, customMessage: string.Join(", ", models));
    }

    private static Compilation CompileBeta(bool stripEmbedded)
    {
        var alpha = new GeneratorHarness(new[] { Spec("Alpha.Api") }, Array.Empty<BaselineFile>(), assemblyName: "Alpha", code: AlphaCode);
        alpha.Run();
        var alphaCompilation = Strip(alpha.LastOutputCompilation!, stripEmbedded);
        Problems(alphaCompilation).ShouldBeEmpty();
        using var image = new MemoryStream();
        alphaCompilation.Emit(image).Success.ShouldBeTrue();

        var beta = new GeneratorHarness(
            new[] { Spec("Beta.Api") },
            Array.Empty<BaselineFile>(),
            assemblyName: "Beta",
            code: BetaCode,
            metadataReferences: new[] { MetadataReference.CreateFromImage(image.ToArray()) });
        beta.Run();
        return Strip(beta.LastOutputCompilation!, stripEmbedded);
    }

    private static SpecFile Spec(string @namespace)
        => SpecFile.FromDisk(RepositoryPaths.TestSpec("public/oai-v3.0-petstore.json"), @namespace, "PetstoreClient");

    /// <summary>Errors and warnings, as a project with TreatWarningsAsErrors sees them.</summary>
    private static System.Collections.Generic.IReadOnlyList<Diagnostic> Problems(Compilation compilation)
        => GeneratorHarness.CompileProblems(compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error)));

    private static Compilation Strip(Compilation compilation, bool stripEmbedded)
    {
        if (!stripEmbedded)
        {
            return compilation;
        }

        foreach (var tree in compilation.SyntaxTrees.Where(tree => tree.ToString().Contains(EmbeddedMark, StringComparison.Ordinal)).ToList())
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(tree.ToString().Replace(EmbeddedMark, string.Empty, StringComparison.Ordinal))));
        }

        return compilation;
    }
}
