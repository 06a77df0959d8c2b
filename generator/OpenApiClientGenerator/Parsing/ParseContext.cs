using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;
using OpenApiClientGenerator.Parsing.Documents;

namespace OpenApiClientGenerator.Parsing;

/// <summary>
/// What every reader of the document shares: the document, the diagnostics found so far and the cancellation token.
/// The typed accessors report a located diagnostic when a field has the wrong type and then behave as if it were absent,
/// so one bad field never stops the rest of the spec from generating.
/// </summary>
internal sealed class ParseContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly HashSet<DiagnosticInfo> _reported = new();

    public ParseContext(SpecDocument document, CancellationToken cancellationToken, IEnumerable<DocumentText>? otherDocuments = null, IReadOnlyDictionary<SpecNode, SpecNode>? substitutes = null)
    {
        Document = document;
        Substitutes = substitutes ?? new Dictionary<SpecNode, SpecNode>();
        CancellationToken = cancellationToken;
        Documents = new DocumentSet(document, otherDocuments ?? Array.Empty<DocumentText>(), Add, cancellationToken);
    }

    /// <summary>The spec being read.</summary>
    public SpecDocument Document { get; }

    /// <summary>The dialect the spec was written in (<see cref="DocumentVersion"/>): Swagger 2.0 is read in the OpenAPI 3 shape, but some of its meanings differ.</summary>
    public string Dialect { get; init; } = DocumentVersion.OpenApi3;

    /// <summary>Nodes a $ref may reach that were rewritten (a Swagger 2.0 parameter or response) and what they became.</summary>
    public IReadOnlyDictionary<SpecNode, SpecNode> Substitutes { get; }

    /// <summary>The spec and the documents its references may point into.</summary>
    public DocumentSet Documents { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyList<DiagnosticInfo> Diagnostics => _diagnostics;

    public bool HasErrors { get; private set; }

    public void Report(DiagnosticDescriptor descriptor, SpecNode node, params string[] arguments)
        => Add(DiagnosticInfo.Create(descriptor, Documents.Of(node).LocationOf(node), arguments));

    public void ReportAtKey(DiagnosticDescriptor descriptor, SpecProperty property, params string[] arguments)
        => Add(DiagnosticInfo.Create(descriptor, Documents.Of(property.Value).LocationOfKey(property), arguments));

    /// <summary>Adds a diagnostic; the same problem met twice (a node read by two readers) is reported once.</summary>
    public void Add(DiagnosticInfo diagnostic)
    {
        if (!_reported.Add(diagnostic))
        {
            return;
        }

        HasErrors |= diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _diagnostics.Add(diagnostic);
    }

    public SpecObject? GetObject(SpecObject owner, string name) => As<SpecObject>(owner[name], SpecNodeKind.Object);

    public SpecArray? GetArray(SpecObject owner, string name) => As<SpecArray>(owner[name], SpecNodeKind.Array);

    public string? GetString(SpecObject owner, string name)
    {
        var node = owner[name];
        if (node is SpecScalar { Kind: SpecNodeKind.String } scalar)
        {
            return scalar.Text;
        }

        ReportWrongType(node, SpecNodeKind.String);
        return null;
    }

    public bool GetBoolean(SpecObject owner, string name)
    {
        var node = owner[name];
        if (node is SpecScalar { Kind: SpecNodeKind.Boolean } scalar)
        {
            return scalar.IsTrue;
        }

        ReportWrongType(node, SpecNodeKind.Boolean);
        return false;
    }

    public T? As<T>(SpecNode? node, SpecNodeKind expected)
        where T : SpecNode
    {
        if (node is T typed)
        {
            return typed;
        }

        ReportWrongType(node, expected);
        return null;
    }

    private void ReportWrongType(SpecNode? node, SpecNodeKind expected)
    {
        // Absent is not wrong; an explicit null stands for absent too, as most tools read it.
        if (node is null || node.Kind == SpecNodeKind.Null)
        {
            return;
        }

        Report(DiagnosticDescriptors.UnexpectedNodeType, node, node.Pointer, SpecNode.Describe(expected), SpecNode.Describe(node.Kind));
    }
}
