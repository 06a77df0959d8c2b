using System;
using System.Collections.Generic;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// Follows <c>$ref</c>s through the node trees: local ones ("#/components/schemas/Pet") and relative ones into the project's
/// other documents ("common.yaml#/components/schemas/Error"). Chains are followed with a visited set,
/// so a cycle of references ends with a diagnostic instead of a hang.
/// </summary>
internal sealed class ReferenceResolver
{
    /// <summary>What happens to a schema whose reference cannot be followed.</summary>
    public const string TypedAsJsonElement = "the value is typed as JsonElement";

    private readonly ParseContext _context;

    public ReferenceResolver(ParseContext context) => _context = context;

    /// <summary>The <c>$ref</c> value of an object, if it has one.</summary>
    public static SpecScalar? GetReference(SpecNode node)
        => node is SpecObject obj && obj["$ref"] is SpecScalar { Kind: SpecNodeKind.String } reference ? reference : null;

    /// <summary>
    /// Follows <paramref name="node"/>'s references until a node without <c>$ref</c>; returns null (after reporting why)
    /// when a reference is broken, external or circular. A node without <c>$ref</c> is returned as it is.
    /// </summary>
    /// <param name="node">The node, a $ref object or not.</param>
    /// <param name="consequence">What happens to the referring thing when the reference cannot be followed (for the message).</param>
    public SpecNode? Dereference(SpecNode node, string consequence = TypedAsJsonElement)
    {
        HashSet<SpecNode>? visited = null;
        var current = node;
        while (GetReference(current) is { } reference)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            visited ??= new HashSet<SpecNode>();
            if (!visited.Add(current))
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, reference, reference.Pointer, $"the $ref '{reference.Text}' is part of a cycle of references that never reaches a definition; {consequence}");
                return null;
            }

            var target = ResolveOnce(reference, consequence);
            if (target is null)
            {
                return null;
            }

            current = target;
        }

        return current;
    }

    /// <summary>
    /// Resolves one reference without following the target's own <c>$ref</c>: a local one ("#/components/schemas/Pet") in
    /// the document it is written in, a relative one ("common.yaml#/Pet") in that document of the project.
    /// </summary>
    public SpecNode? ResolveOnce(SpecScalar reference, string consequence = TypedAsJsonElement)
    {
        var text = reference.Text;
        var hash = text.IndexOf('#');
        var file = hash < 0 ? text : text.Substring(0, hash);
        var fragment = hash < 0 ? string.Empty : text.Substring(hash + 1);
        var document = _context.Documents.Of(reference);
        if (file.Length > 0)
        {
            if (file.IndexOf("://", StringComparison.Ordinal) >= 0)
            {
                _context.Report(DiagnosticDescriptors.ExternalReference, reference, reference.Pointer, text, "is on the web, and a build does not fetch it (save a copy in the project as an OpenApiSpecReference item)", consequence);
                return null;
            }

            if (!_context.Documents.TryGet(document, file, out var other))
            {
                _context.Report(DiagnosticDescriptors.ExternalReference, reference, reference.Pointer, text, "is not an OpenApiSpec or OpenApiSpecReference item of the project (add the file as an OpenApiSpecReference item)", consequence);
                return null;
            }

            if (other is null)
            {
                return null;
            }

            document = other;
        }

        var target = SpecDocument.Navigate(document.Root, fragment, decodeUri: true);
        if (target is null)
        {
            _context.Report(DiagnosticDescriptors.UnresolvedReference, reference, reference.Pointer, text, consequence);
            return null;
        }

        return _context.Substitutes.TryGetValue(target, out var rewritten) ? rewritten : target;
    }
}
