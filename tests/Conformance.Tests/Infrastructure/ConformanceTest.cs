using System;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// A test class of one group. Each test is one of the server's scenarios, named exactly as the server's coverage report
/// names it, and runs through <see cref="Scenario"/>.
/// </summary>
[Collection(TestServerDefinition.Name)]
public abstract class ConformanceTest(TestServerFixture server)
{
    protected TestServerFixture Server { get; } = server;

    /// <summary>
    /// Runs the scenario named after the calling test: it passes when <paramref name="action"/> (the call and its
    /// assertions) succeeds and the server recorded the scenario, i.e. accepted the request. A scenario in
    /// <see cref="KnownFailures"/> must still fail as recorded there.
    /// </summary>
    protected Task Scenario(Func<Task> action, [CallerMemberName] string scenario = "") =>
        Server.Scenarios.RunAsync(Server, Group, scenario, action);

    private string Group => GetType().GetCustomAttribute<ConformanceGroupAttribute>()?.Name
        ?? throw new InvalidOperationException($"{GetType().Name} has no [ConformanceGroup].");
}
