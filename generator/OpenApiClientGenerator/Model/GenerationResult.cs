using OpenApiClientGenerator.Diagnostics;

namespace OpenApiClientGenerator.Model;

/// <summary>The outcome of parsing one spec: the model (null when an error stopped generation) and what was found wrong.</summary>
internal sealed record GenerationResult(string SpecPath, ClientModel? Client, EquatableArray<DiagnosticInfo> Diagnostics);
