using System.Collections.Generic;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// The scenarios that fail today, each with the defect that makes it fail (see <see cref="Defects"/>) and a piece of
/// the failure's text. A listed scenario's test passes only while the scenario still fails that way: when a generator
/// fix makes it pass, the test fails and asks for its entry to be removed here (and RESULTS.md to be updated).
/// Nothing is skipped.
/// </summary>
public static class KnownFailures
{
    private static readonly Dictionary<string, KnownFailure> Entries = new(System.StringComparer.Ordinal)
    {
        ["UrlPathsByteEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["UrlPathsStringEmpty"] = new(Defects.D22, "an empty, '.' or '..' segment would change which resource the request addresses"),
        ["ResponsesScenarioC404MatchingModel"] = new(Defects.D10, "returned 404 (Not Found)"),
        ["getDecimalBig"] = new(Defects.L01, "Expected a decimal number"),
        ["getDecimalSmall"] = new(Defects.L01, "decimal cannot represent"),
        ["putDecimalBig"] = new(Defects.L01, "Value was either too large or too small for a Decimal"),
        ["putDecimalSmall"] = new(Defects.L01, "decimal cannot represent"),
        ["putDateTimeMaxLocalNegativeOffset"] = new(Defects.L02, "The UTC time represented when the offset is applied must be between year 0 and 10,000"),
        ["putDateTimeMinLocalPositiveOffset"] = new(Defects.L02, "The UTC time represented when the offset is applied must be between year 0 and 10,000"),
    };

    public static IReadOnlyDictionary<string, KnownFailure> All => Entries;

    public static KnownFailure? For(string scenario) => Entries.GetValueOrDefault(scenario);
}
