using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Where a document keeps its named schemas: components/schemas (OpenAPI 3), definitions (Swagger 2.0, as written).</summary>
internal static class DocumentLayout
{
    /// <summary>Whether a node is a named schema of the document (so it is named after its key).</summary>
    public static bool IsNamedSchema(SpecNode node)
        => node.Parent is { KeyInParent: "schemas", Parent: { KeyInParent: "components", Parent.Parent: null } }
           || node.Parent is { KeyInParent: "definitions", Parent.Parent: null };
}
