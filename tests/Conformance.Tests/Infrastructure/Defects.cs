namespace Conformance.Tests.Infrastructure;

/// <summary>The generator defects the conformance scenarios found (the to-do list in RESULTS.md).</summary>
public static class Defects
{
}
