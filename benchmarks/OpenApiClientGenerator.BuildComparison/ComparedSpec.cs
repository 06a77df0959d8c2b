using System.IO;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>A spec to generate from; <see cref="Timed"/> ones are also built in timed rounds, the others only counted.</summary>
internal sealed record ComparedSpec(string Path, string Group, bool Timed)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public long Bytes => new FileInfo(Path).Length;
}
