using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OpenApiClientGenerator.Compatibility;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// The parsing stage's entry point: spec text and options in, an equatable model and diagnostics out (with the
/// breaking changes against the spec's baseline, when it names one).
/// </summary>
internal static class SpecParser
{
    public static GenerationResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var parsed = ParseDocument(input.Path, input.Text, input.Options, input.Documents, cancellationToken);
        if (input.Baseline is not { } baseline || parsed.Result.Client is null)
        {
            return parsed.Result;
        }

        var compatibility = BaselineCheck.Run(parsed, baseline, input, cancellationToken);
        return compatibility.Count == 0
            ? parsed.Result
            : parsed.Result with { Diagnostics = parsed.Result.Diagnostics.Concat(compatibility).ToEquatableArray() };
    }

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
        var client = new OpenApiReader(context, options).Read();
        return new ParsedSpec(new GenerationResult(path, context.HasErrors ? null : client, context.Diagnostics.ToEquatableArray()), document);
    }
}

/// <summary>A parsed document: the result and, when the text could be read, the node tree its locations refer to.</summary>
internal sealed record ParsedSpec(GenerationResult Result, SpecDocument? Document);
