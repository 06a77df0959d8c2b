using System.Threading;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>The parsing stage's entry point: spec text and options in, an equatable model and diagnostics out.</summary>
internal static class SpecParser
{
    public static GenerationResult Parse(SpecInput input, CancellationToken cancellationToken)
    {
        var optionProblems = OptionsValidator.Validate(input.Options, input.Path).ToEquatableArray();
        if (!optionProblems.IsEmpty)
        {
            return new GenerationResult(input.Path, null, optionProblems);
        }

        var textMap = new TextMap(input.Text);
        var isYaml = IsYaml(input.Path, input.Text);
        SpecNode root;
        System.Collections.Generic.IReadOnlyList<(SpecObject Owner, SpecProperty Property)> duplicateKeys;
        try
        {
            root = isYaml
                ? YamlSpecReader.Read(input.Text, out duplicateKeys, cancellationToken)
                : JsonSpecReader.Read(input.Text, textMap, out duplicateKeys, cancellationToken);
        }
        catch (SpecReadException ex)
        {
            var location = SpecDocument.LocationOf(input.Path, textMap, ex.Offset, 0);
            return new GenerationResult(input.Path, null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, location, isYaml ? "YAML" : "JSON", ex.Message) }.ToEquatableArray());
        }

        var context = new ParseContext(new SpecDocument(input.Path, root, textMap), cancellationToken);
        foreach (var (owner, property) in duplicateKeys)
        {
            context.ReportAtKey(DiagnosticDescriptors.DuplicateKey, property, owner.Pointer, property.Name);
        }

        var client = new OpenApiReader(context, input.Options).Read();
        return new GenerationResult(input.Path, context.HasErrors ? null : client, context.Diagnostics.ToEquatableArray());
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
