namespace OpenApiClientGenerator.Compatibility;

/// <summary>
/// A difference between the baseline's generated API and the current one that breaks code written against the baseline.
/// </summary>
/// <param name="Pointer">Where the change is in the current spec, or where the removed node was in the baseline (a JSON pointer).</param>
/// <param name="Description">What changed, in terms of the generated C# (type, member and wire names).</param>
internal sealed record ApiChange(string Pointer, string Description);
