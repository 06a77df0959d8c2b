using System.IO;
using System.Linq;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>RESULTS.md and KnownFailures stay in step with the scenario tests (no server needed).</summary>
public sealed class ResultsDocumentTests
{
    [Fact]
    public void Every_known_failure_is_a_scenario_of_the_suite()
    {
        var scenarios = ResultsDocument.Catalogue().Select(s => s.Scenario).ToHashSet();
        KnownFailures.All.Keys.Where(k => !scenarios.Contains(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_scenario_is_tested_once()
    {
        ResultsDocument.Catalogue().GroupBy(s => s.Scenario).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Committed_RESULTS_md_matches_the_tests_and_known_failures()
    {
        var committed = Path.Combine(TestServerInstallation.ProjectDirectory, "RESULTS.md");
        var expected = ResultsDocument.Render();
        var actual = File.Exists(committed) ? File.ReadAllText(committed).ReplaceLineEndings("\n") : "";
        if (actual != expected)
        {
            // Never written over the committed file: review the received one and copy it over RESULTS.md.
            File.WriteAllText(Path.Combine(TestServerInstallation.ProjectDirectory, "RESULTS.received.md"), expected);
        }

        actual.ShouldBe(expected, "RESULTS.md is out of date: review tests/Conformance.Tests/RESULTS.received.md and copy it over RESULTS.md.");
    }
}
