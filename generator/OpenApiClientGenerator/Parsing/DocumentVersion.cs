using System;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Which dialect a document is written in: OpenAPI 3.0/3.1 or Swagger 2.0; anything else is OAG002.</summary>
internal static class DocumentVersion
{
    public const string OpenApi3 = "3";
    public const string Swagger2 = "2";

    /// <summary><see cref="OpenApi3"/>, <see cref="Swagger2"/>, or null (after a diagnostic) for anything else.</summary>
    public static string? Read(ParseContext context)
    {
        var root = context.Document.Root;
        if (root is not SpecObject document)
        {
            context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, root, root.Pointer, $"the document is {SpecNode.Describe(root.Kind)}, not an object");
            return null;
        }

        // An unquoted YAML version (openapi: 3.1) reads as a number; its text is what matters.
        if (document["openapi"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number } openapi)
        {
            if (openapi.Text.StartsWith("3.0", StringComparison.Ordinal) || openapi.Text.StartsWith("3.1", StringComparison.Ordinal))
            {
                return OpenApi3;
            }

            context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, openapi, openapi.Pointer, $"OpenAPI version '{openapi.Text}' is not supported");
            return null;
        }

        if (document["swagger"] is SpecScalar { Kind: SpecNodeKind.String or SpecNodeKind.Number } swagger)
        {
            if (swagger.Text is "2.0" or "2")
            {
                return Swagger2;
            }

            context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, swagger, swagger.Pointer, $"Swagger version '{swagger.Text}' is not supported");
            return null;
        }

        context.Report(DiagnosticDescriptors.UnsupportedDocumentVersion, document, document.Pointer, "the document has no 'openapi' field");
        return null;
    }
}
