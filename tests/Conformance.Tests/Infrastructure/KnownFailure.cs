namespace Conformance.Tests.Infrastructure;

/// <summary>A generator defect that makes scenarios fail.</summary>
/// <param name="Id">A stable short id (D01…), used in RESULTS.md and in failure messages.</param>
/// <param name="Cause">What part of the client is wrong (Responses, Requests, Formats, Models…).</param>
/// <param name="Title">The defect in one line.</param>
/// <param name="Detail">What the spec says, what the generated code does, and what the server expected.</param>
public sealed record Defect(string Id, string Cause, string Title, string Detail);

/// <summary>A scenario that fails today because of <paramref name="Defect"/>, and the text its failure contains.</summary>
public sealed record KnownFailure(Defect Defect, string Failure);
