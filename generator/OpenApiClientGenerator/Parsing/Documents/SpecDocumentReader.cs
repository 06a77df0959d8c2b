using System;
using System.Collections.Generic;
using System.Threading;
using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>
/// Reads a document's text into a <see cref="SpecDocument"/>, as YAML or JSON (by extension, else by its first
/// character). A syntax error becomes diagnostic OAG001 at its place in the file; duplicate keys become OAG011.
/// </summary>
internal static class SpecDocumentReader
{
    /// <summary>The document, or null (with the OAG001 diagnostic in <paramref name="diagnostics"/>) when it cannot be read.</summary>
    public static SpecDocument? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
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
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, location, isYaml ? "YAML" : "JSON", ex.Message));
            return null;
        }

        var document = new SpecDocument(path, root, textMap);
        foreach (var (owner, property) in duplicateKeys)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, document.LocationOfKey(property), owner.Pointer, property.Name));
        }

        return document;
    }

    /// <summary>By extension; otherwise JSON when the first significant character opens an object or array.</summary>
    private static bool IsYaml(string path, string text)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
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
