namespace OpenApiClientGenerator.Model;

/// <summary>One OpenApiSpec item as the pipeline sees it: the file's text and the item's options.</summary>
internal sealed record SpecInput(string Path, string Text, GeneratorOptions Options);

/// <summary>The metadata of an OpenApiSpec item (already defaulted).</summary>
internal sealed record GeneratorOptions(string Namespace, string ClientName, string? ExceptionName);
