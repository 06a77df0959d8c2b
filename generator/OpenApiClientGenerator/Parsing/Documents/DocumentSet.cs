using System;
using System.Collections.Generic;
using System.Threading;
using OpenApiClientGenerator.Diagnostics;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>
/// The spec and the other documents of the project its <c>$ref</c>s may point into. Those are read when first referred
/// to. Knows which document a node belongs to, so diagnostics and local references use the right file.
/// </summary>
internal sealed class DocumentSet
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SpecDocument?> _loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<SpecNode, SpecDocument> _byRoot = new();
    private readonly Action<DiagnosticInfo> _report;
    private readonly CancellationToken _cancellationToken;

    public DocumentSet(SpecDocument main, IEnumerable<DocumentText> others, Action<DiagnosticInfo> report, CancellationToken cancellationToken)
    {
        Main = main;
        _report = report;
        _cancellationToken = cancellationToken;
        _byRoot[main.Root] = main;
        _loaded[DocumentPaths.Resolve(main.Path, main.Path)] = main;

        foreach (var other in others)
        {
            _texts[other.Path] = other.Text;
        }
    }

    public SpecDocument Main { get; }

    /// <summary>The document a node was read from.</summary>
    public SpecDocument Of(SpecNode node)
    {
        var root = node;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return _byRoot.TryGetValue(root, out var document) ? document : Main;
    }

    /// <summary>
    /// The document a relative reference ("common.yaml", "../schemas/pet.json") names, seen from <paramref name="from"/>.
    /// False when it is not among the project's documents; true with a null document when it is but cannot be read
    /// (that is reported once, in its own file).
    /// </summary>
    public bool TryGet(SpecDocument from, string relativePath, out SpecDocument? document)
    {
        var path = DocumentPaths.Resolve(Uri.UnescapeDataString(relativePath), from.Path);
        if (_loaded.TryGetValue(path, out document))
        {
            return true;
        }

        if (!_texts.TryGetValue(path, out var text))
        {
            return false;
        }

        var diagnostics = new List<DiagnosticInfo>();
        document = SpecDocumentReader.Read(path, text, diagnostics, _cancellationToken);
        diagnostics.ForEach(_report);
        _loaded[path] = document;
        if (document is not null)
        {
            _byRoot[document.Root] = document;
        }

        return true;
    }
}
