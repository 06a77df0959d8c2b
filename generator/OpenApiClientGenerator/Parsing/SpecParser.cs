using System.Collections.Generic;
using System.Threading;
using OpenApiClientGenerator.Compatibility;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Naming;
using OpenApiClientGenerator.Parsing.Documents;
using OpenApiClientGenerator.Parsing.Swagger2;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// The parsing stage's entry point: spec text and options in, an equatable model and diagnostics out.
/// </summary>
internal static class SpecParser
{
    /// <summary>The spec of an OpenApiSpec item: its model and the problems found in it (breaking changes are not among them: see <see cref="BaselineCheck"/>).</summary>
    public static ParsedSpec Parse(SpecInput input, CancellationToken cancellationToken)
        => ParseDocument(input.Path, input.Text, input.Options, input.Documents, cancellationToken);

    /// <summary>One document: its node tree (null when it cannot be read), model and diagnostics.</summary>
    public static ParsedSpec ParseDocument(string path, string text, GeneratorOptions options, EquatableArray<DocumentText> documents, CancellationToken cancellationToken)
    {
        var optionProblems = OptionsValidator.Validate(options, path).ToEquatableArray();
        if (!optionProblems.IsEmpty)
        {
            return new ParsedSpec(new GenerationResult(path, null, optionProblems), null);
        }

        var diagnostics = new List<DiagnosticInfo>();
        if (SpecDocumentReader.Read(path, text, diagnostics, cancellationToken) is not { } document)
        {
            return new ParsedSpec(new GenerationResult(path, null, diagnostics.ToEquatableArray()), null);
        }

        var context = new ParseContext(document, cancellationToken, documents);
        diagnostics.ForEach(context.Add);
        var version = DocumentVersion.Read(context);
        if (version is null)
        {
            return new ParsedSpec(new GenerationResult(path, null, context.Diagnostics.ToEquatableArray()), document);
        }

        if (version == DocumentVersion.Swagger2)
        {
            // One dialect from here on: Swagger 2.0 becomes the OpenAPI 3 shape, with its nodes where they were written.
            var (root, substitutes) = Swagger2Normalizer.Normalize((SpecObject)document.Root);
            document = new SpecDocument(document.Path, root, document.TextMap);
            var normalized = new ParseContext(document, cancellationToken, documents, substitutes) { Dialect = DocumentVersion.Swagger2 };
            foreach (var found in context.Diagnostics)
            {
                normalized.Add(found);
            }

            context = normalized;
        }

        var spec = new ApiReader(context).Read();
        var client = spec is null ? null : ClientModelBuilder.Build(spec, options, context.Add, cancellationToken);
        return new ParsedSpec(new GenerationResult(path, context.HasErrors ? null : client, context.Diagnostics.ToEquatableArray()), document);
    }
}

/// <summary>A parsed document: the result and, when the text could be read, the node tree its locations refer to.</summary>
internal sealed record ParsedSpec(GenerationResult Result, SpecDocument? Document);
