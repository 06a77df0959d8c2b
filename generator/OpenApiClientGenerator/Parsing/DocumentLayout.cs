using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Where things live in this document's version: OpenAPI 3 keeps schemas under components/schemas and media types in
/// "content"; Swagger 2.0 keeps schemas under definitions and media types in produces/consumes (per operation or global).
/// </summary>
internal sealed class DocumentLayout
{
    private readonly SpecObject _document;

    public DocumentLayout(SpecObject document, bool isSwagger2)
    {
        _document = document;
        IsSwagger2 = isSwagger2;
    }

    public bool IsSwagger2 { get; }

    /// <summary>OpenAPI 3.1 made an operation's <c>responses</c> optional (2.0 and 3.0 require them).</summary>
    public bool RequiresResponses => IsSwagger2 || _document["openapi"] is not SpecScalar version || !version.Text.StartsWith("3.1", StringComparison.Ordinal);

    public SpecObject? Schemas => IsSwagger2
        ? _document["definitions"] as SpecObject
        : (_document["components"] as SpecObject)?["schemas"] as SpecObject;

    /// <summary>Whether a node is a named schema of the document (so it is named after its key).</summary>
    public static bool IsNamedSchema(SpecNode node)
        => node.Parent is { KeyInParent: "schemas", Parent: { KeyInParent: "components", Parent.Parent: null } }
           || node.Parent is { KeyInParent: "definitions", Parent.Parent: null };

    public IEnumerable<string> Produces(SpecObject operation) => MediaTypes(operation, "produces");

    public IEnumerable<string> Consumes(SpecObject operation) => MediaTypes(operation, "consumes");

    private IEnumerable<string> MediaTypes(SpecObject operation, string field)
    {
        var list = operation[field] as SpecArray ?? _document[field] as SpecArray;
        return list?.Items.OfType<SpecScalar>().Select(item => item.Text) ?? Array.Empty<string>();
    }
}
