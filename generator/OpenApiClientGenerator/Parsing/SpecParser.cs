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
        var parsed = ParseDocument(input.Path, input.Text, input.Options, cancellationToken);
        if (input.Baseline is not { } baseline || parsed.Result.Client is null)
        {
            return parsed.Result;
        }

        var compatibility = BaselineCheck.Run(parsed, baseline, input.Options, cancellationToken);
        return compatibility.Count == 0
            ? parsed.Result
            : parsed.Result with { Diagnostics = parsed.Result.Diagnostics.Concat(compatibility).ToEquatableArray() };
    }

    /// <summary>One document: its node tree (null when it cannot be read), model and diagnostics.</summary>
    public static ParsedSpec ParseDocument(string path, string text, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var optionProblems = OptionsValidator.Validate(options, path).ToEquatableArray();
        if (!optionProblems.IsEmpty)
        {
            return new ParsedSpec(new GenerationResult(path, null, optionProblems), null);
        }

        var textMap = new TextMap(text);
        var isYaml = IsYaml(path, text);
        SpecNode root;
        IReadOnlyList<(SpecObject Owner, SpecProperty Property)> duplicateKeys;
        try
        {
            root = isYaml
                ? YamlSpecReader.Read(text, out duplicateKeys, cancellationToken)
                : JsonSpecReader.Read(text, textMap, out duplicateKeys, cancellationToken);
        }
        catch (SpecReadException ex)
        {
            var location = SpecDocument.LocationOf(path, textMap, ex.Offset, 0);
            return new ParsedSpec(new GenerationResult(path, null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, location, isYaml ? "YAML" : "JSON", ex.Message) }.ToEquatableArray()), null);
        }

        var document = new SpecDocument(path, root, textMap);
        var context = new ParseContext(document, cancellationToken);
        foreach (var (owner, property) in duplicateKeys)
        {
            context.ReportAtKey(DiagnosticDescriptors.DuplicateKey, property, owner.Pointer, property.Name);
        }

        var client = new OpenApiReader(context, options).Read();
        return new ParsedSpec(new GenerationResult(path, context.HasErrors ? null : client, context.Diagnostics.ToEquatableArray()), document);
    }

    /// <summary>By extension; otherwise JSON when the first significant character opens an object or array.</summary>
    private static bool IsYaml(string path, string text)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".yaml", System.StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".json", System.StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c != '{' && c != '[';
            }
        }

        return false;
    }
}

/// <summary>A parsed document: the result and, when the text could be read, the node tree its locations refer to.</summary>
internal sealed record ParsedSpec(GenerationResult Result, SpecDocument? Document);
