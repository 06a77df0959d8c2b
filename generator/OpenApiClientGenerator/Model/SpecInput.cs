namespace OpenApiClientGenerator.Model;

/// <summary>
/// One OpenApiSpec item: its path, text, options, its compatibility baseline when it names one, and the other documents
/// of the project (OpenApiSpec and OpenApiSpecReference items) it may <c>$ref</c> into.
/// </summary>
internal sealed record SpecInput(
    string Path,
    string Text,
    GeneratorOptions Options,
    SpecBaseline? Baseline = null,
    EquatableArray<DocumentText> Documents = default);

internal sealed record GeneratorOptions(string Namespace, string ClientName, string? ExceptionName);

/// <summary>
/// The spec as callers last saw it (the item's Baseline option). <see cref="Text"/> is null when the file is not among
/// the compilation's AdditionalFiles (it does not exist, or is not part of the build).
/// </summary>
internal sealed record SpecBaseline(string Path, string? Text);

/// <summary>Another document of the project, by full path, that a spec's <c>$ref</c>s may point into.</summary>
internal sealed record DocumentText(string Path, string Text);
