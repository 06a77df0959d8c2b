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

    /// <summary>Each spec parsed: its model, its diagnostics and the node tree they point into (re-runs on any edit of the spec).</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The equatable model of each spec, without diagnostics: equal after an edit that only moves lines, so nothing is emitted again.</summary>
    public const string Models = nameof(Models);

    /// <summary>The baseline of each spec that names one, parsed on its own (not again when only the spec changes).</summary>
    public const string BaselineModels = nameof(BaselineModels);

    /// <summary>Each spec's diagnostics, breaking changes against its baseline included.</summary>
    public const string Diagnostics = nameof(Diagnostics);

    /// <summary>One unit per generated file, each the part of the model its file is written from.</summary>
    public const string Sources = nameof(Sources);

    /// <summary>The spec's types without documentation, which every file is written against.</summary>
    public const string TypeShapes = nameof(TypeShapes);

    /// <summary>Whether any spec produced a client, and so the compilation needs the runtime helpers.</summary>
    public const string RuntimeNeeded = nameof(RuntimeNeeded);
}
