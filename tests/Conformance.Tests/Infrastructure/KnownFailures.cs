using System.Collections.Generic;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// The scenarios that fail today, each with the generator defect that makes it fail and a piece of the failure's text.
/// A listed scenario's test passes only while the scenario still fails that way: when a generator fix makes it pass,
/// the test fails and asks for its entry to be removed here (and RESULTS.md to be updated). Nothing else is skipped.
/// </summary>
public static class KnownFailures
{
    private static readonly Dictionary<string, KnownFailure> Entries = new(System.StringComparer.Ordinal)
    {
    };

    public static IReadOnlyDictionary<string, KnownFailure> All => Entries;

    public static KnownFailure? For(string scenario) => Entries.GetValueOrDefault(scenario);
}
