using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace Conformance.Tests.Infrastructure;

/// <summary>Runs scenarios, checks them against <see cref="KnownFailures"/>, and keeps what happened for the summary.</summary>
public sealed class ScenarioLog
{
    private readonly ConcurrentDictionary<string, ScenarioOutcome> _outcomes = new(StringComparer.Ordinal);

    public async Task RunAsync(TestServerFixture server, string group, string scenario, Func<Task> action)
    {
        var before = await server.CoverageCountAsync(scenario).ConfigureAwait(false)
            ?? throw new XunitException($"The test server has no scenario named '{scenario}' in its coverage report: name the test exactly as the server does.");
        Exception? error = null;
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
        }

        var after = await server.CoverageCountAsync(scenario).ConfigureAwait(false) ?? before;
        var failure = error is not null ? Describe(error)
            : after <= before ? $"the server did not record scenario '{scenario}': it did not accept the request as this scenario's"
            : null;
        var known = KnownFailures.For(scenario);
        _outcomes[scenario] = new ScenarioOutcome(group, scenario, failure, known);

        if (known is null)
        {
            if (error is not null)
            {
                ExceptionDispatchInfo.Throw(error);
            }

            if (failure is not null)
            {
                throw new XunitException(failure);
            }

            return;
        }

        if (failure is null)
        {
            throw new XunitException(
                $"'{scenario}' passes now: remove it from KnownFailures ({known.Defect.Id}: {known.Defect.Title}) and update RESULTS.md.");
        }

        if (!failure.Contains(known.Failure, StringComparison.Ordinal))
        {
            throw new XunitException(
                $"'{scenario}' is a known failure ({known.Defect.Id}: {known.Defect.Title}) expected to fail with \"{known.Failure}\", but it failed with: {failure}");
        }
    }

    /// <summary>The run's results per group and the server's coverage, as markdown.</summary>
    public string Summary(IReadOnlyDictionary<string, Dictionary<string, int>> coverage)
    {
        var outcomes = _outcomes.Values.ToList();
        var text = new StringBuilder();
        text.AppendLine("# AutoRest test server conformance: this run");
        text.AppendLine();
        text.AppendLine("| group | scenarios run | passing | known failures | unexpected | passing % |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in outcomes.GroupBy(o => o.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            AppendRow(text, group.Key, group.ToList());
        }

        AppendRow(text, "**all**", outcomes);
        text.AppendLine();
        text.AppendLine("Unexpected: a scenario that failed without a KnownFailures entry, or an entry that now passes or fails differently.");
        text.AppendLine();
        text.AppendLine("## Server coverage (GET /report/{category})");
        text.AppendLine();
        foreach (var (category, report) in coverage)
        {
            var hit = report.Count(r => r.Value > 0);
            text.AppendLine(CultureInfo.InvariantCulture, $"- {category}: {hit} of {report.Count} scenarios recorded");
        }

        var notRecorded = outcomes.Where(o => coverage.Values.All(r => !r.TryGetValue(o.Scenario, out var count) || count == 0))
            .Select(o => o.Scenario).Order(StringComparer.Ordinal).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"- scenarios of this run the server never recorded: {(notRecorded.Count == 0 ? "none" : string.Join(", ", notRecorded))}");
        return text.ToString();
    }

    /// <summary>One line per scenario: group, scenario, outcome and the failure's first line (for tools and for triage).</summary>
    public string Table() => string.Join(Environment.NewLine, _outcomes.Values
        .OrderBy(o => o.Group, StringComparer.Ordinal).ThenBy(o => o.Scenario, StringComparer.Ordinal)
        .Select(o => string.Join('\t', o.Group, o.Scenario,
            o.Failure is null ? "passed" : o.Unexpected ? "unexpected" : "known:" + o.Known!.Defect.Id,
            (o.Failure ?? "").ReplaceLineEndings(" ")))) + Environment.NewLine;

    private static void AppendRow(StringBuilder text, string group, IReadOnlyCollection<ScenarioOutcome> outcomes)
    {
        var passing = outcomes.Count(o => o.Failure is null);
        var known = outcomes.Count(o => o.Failure is not null && o.Known is not null);
        var unexpected = outcomes.Count(o => o.Unexpected);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {group} | {outcomes.Count} | {passing} | {known} | {unexpected} | {Percent(passing, outcomes.Count)} |");
    }

    internal static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Describe(Exception exception)
    {
        var text = new StringBuilder();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.Append(current.GetType().Name).Append(": ").Append(current.Message);
        }

        return text.ToString();
    }

    private sealed record ScenarioOutcome(string Group, string Scenario, string? Failure, KnownFailure? Known)
    {
        public bool Unexpected => Known is null ? Failure is not null : Failure is null || !Failure.Contains(Known.Failure, StringComparison.Ordinal);
    }
}
