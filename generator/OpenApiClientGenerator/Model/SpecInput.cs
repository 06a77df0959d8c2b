namespace OpenApiClientGenerator.Model;

/// <summary>One OpenApiSpec item: its path, text, options and, when it names one, its compatibility baseline.</summary>
internal sealed record SpecInput(string Path, string Text, GeneratorOptions Options, SpecBaseline? Baseline = null);

internal sealed record GeneratorOptions(string Namespace, string ClientName, string? ExceptionName);

/// <summary>
/// The spec as callers last saw it (the item's Baseline option). <see cref="Text"/> is null when the file is not among
/// the compilation's AdditionalFiles (it does not exist, or is not part of the build).
/// </summary>
internal sealed record SpecBaseline(string Path, string? Text);
