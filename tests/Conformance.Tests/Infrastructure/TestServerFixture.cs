using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// The AutoRest test server for the whole test run: installed if needed, started on 127.0.0.1 on a port the OS chooses,
/// stopped at the end. At the end it also writes the server's coverage reports and the run's summary to
/// artifacts/conformance/ and to the test output.
/// </summary>
public sealed partial class TestServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupGuard = TimeSpan.FromSeconds(90);
    private static readonly string[] CoverageCategories = ["vanilla", "optional", "azure"];
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly IMessageSink _messages;
    private readonly Queue<string> _serverOutput = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Process? _process;

    public TestServerFixture(IMessageSink messages)
    {
        _messages = messages;
    }

    /// <summary>The server's address, e.g. http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A plain HttpClient to the server (no retries, no redirects followed by anything but HttpClient's default).</summary>
    public HttpClient HttpClient { get; private set; } = new();

    /// <summary>What each scenario did in this run.</summary>
    public ScenarioLog Scenarios { get; } = new();

    public async Task InitializeAsync()
    {
        TestServerInstallation.EnsureInstalled();
        Directory.CreateDirectory(TestServerInstallation.ArtifactsDirectory);
        var coverageDirectory = Path.Combine(TestServerInstallation.ArtifactsDirectory, "server-coverage");
        var start = TestServerInstallation.NodeStartInfo(
            "node",
            TestServerInstallation.Directory,
            "-r", TestServerInstallation.LoopbackPreload,
            TestServerInstallation.Cli,
            "--port", "0",
            "--coverageDirectory", coverageDirectory);
        _process = TestServerInstallation.StartNodeProcess(start);
        _process.EnableRaisingEvents = true;
        _process.OutputDataReceived += (_, e) => OnServerOutput(e.Data);
        _process.ErrorDataReceived += (_, e) => OnServerOutput(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException(
            $"The AutoRest test server exited (code {_process.ExitCode}) before it listened:{Environment.NewLine}{ServerOutput()}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var port = await _listening.Task.WaitAsync(StartupGuard).ConfigureAwait(false);
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        HttpClient = new HttpClient { BaseAddress = BaseAddress };
        using var ready = await HttpClient.GetAsync(new Uri("report", UriKind.Relative)).ConfigureAwait(false);
        ready.EnsureSuccessStatusCode();
        _messages.OnMessage(new DiagnosticMessage($"AutoRest test server {TestServerInstallation.Version} listening on {BaseAddress}"));
    }

    /// <summary>How many times the server has recorded <paramref name="scenario"/> so far, or null when it knows no such scenario.</summary>
    public async Task<int?> CoverageCountAsync(string scenario)
    {
        foreach (var category in CoverageCategories)
        {
            var report = await CoverageReportAsync(category).ConfigureAwait(false);
            if (report.TryGetValue(scenario, out var count))
            {
                return count;
            }
        }

        return null;
    }

    public async Task<Dictionary<string, int>> CoverageReportAsync(string category)
    {
        using var response = await HttpClient.GetAsync(new Uri("report/" + category, UriKind.Relative)).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync<Dictionary<string, int>>(stream).ConfigureAwait(false) ?? [];
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (_listening.Task.IsCompletedSuccessfully)
            {
                await ReportAsync().ConfigureAwait(false);
                await StopAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
            }

            _process?.Dispose();
            HttpClient.Dispose();
        }
    }

    private async Task ReportAsync()
    {
        var reports = new Dictionary<string, Dictionary<string, int>>();
        foreach (var category in CoverageCategories)
        {
            reports[category] = await CoverageReportAsync(category).ConfigureAwait(false);
        }

        var summary = Scenarios.Summary(reports);
        File.WriteAllText(Path.Combine(TestServerInstallation.ArtifactsDirectory, "coverage.json"),
            JsonSerializer.Serialize(reports, Indented));
        File.WriteAllText(Path.Combine(TestServerInstallation.ArtifactsDirectory, "summary.md"), summary);
        File.WriteAllText(Path.Combine(TestServerInstallation.ArtifactsDirectory, "results.tsv"), Scenarios.Table());
        _messages.OnMessage(new DiagnosticMessage(summary));
        Console.WriteLine(summary);
    }

    private async Task StopAsync()
    {
        using var stop = await HttpClient.PostAsync(new Uri(".admin/stop", UriKind.Relative), content: null).ConfigureAwait(false);
        using var exited = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process!.WaitForExitAsync(exited.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process!.Kill(entireProcessTree: true);
        }
    }

    private void OnServerOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_serverOutput)
        {
            _serverOutput.Enqueue(line);
            if (_serverOutput.Count > 200)
            {
                _serverOutput.Dequeue();
            }
        }

        var listening = ListeningLine().Match(line);
        if (listening.Success)
        {
            _listening.TrySetResult(int.Parse(listening.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private string ServerOutput()
    {
        lock (_serverOutput)
        {
            return string.Join(Environment.NewLine, _serverOutput);
        }
    }

    [GeneratedRegex(@"^autorest-testserver listening on 127\.0\.0\.1:(?<port>\d+)$")]
    private static partial Regex ListeningLine();
}
