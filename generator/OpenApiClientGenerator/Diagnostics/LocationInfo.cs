using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace OpenApiClientGenerator.Diagnostics;

/// <summary>
/// A position in a spec file kept as plain values (a <see cref="Location"/> is not equatable across runs,
/// so it would defeat the incremental cache). Lines and columns are zero-based, as Roslyn expects.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));
}
