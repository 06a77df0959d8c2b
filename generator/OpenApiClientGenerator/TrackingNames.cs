namespace OpenApiClientGenerator;

/// <summary>Names of the pipeline steps, so tests can assert which steps ran and which came from the cache.</summary>
public static class TrackingNames
{
    /// <summary>The AdditionalFiles marked as a spec's compatibility baseline, with their text.</summary>
    public const string Baselines = nameof(Baselines);

    /// <summary>The documents specs may $ref into (OpenApiSpec and OpenApiSpecReference items), with their text.</summary>
    public const string Documents = nameof(Documents);

    /// <summary>OpenApiSpec items with their text, options, baseline and the documents they refer to.</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>The parsed, equatable model of each spec (with its diagnostics).</summary>
    public const string Models = nameof(Models);

    /// <summary>Whether any spec produced a client, and so the compilation needs the runtime helpers.</summary>
    public const string RuntimeNeeded = nameof(RuntimeNeeded);
}
