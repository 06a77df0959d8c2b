using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OpenApiClientGenerator.BuildComparison;

/// <summary>How much C# the compiler was given: files, lines (every line, blank ones too) and characters.</summary>
internal sealed record CodeVolume(int Files, long Lines, long Characters)
{
    public static readonly CodeVolume None = new(0, 0, 0);

    public static CodeVolume operator +(CodeVolume left, CodeVolume right)
        => new(left.Files + right.Files, left.Lines + right.Lines, left.Characters + right.Characters);

    /// <summary>Counts the files one way for both generators, so the numbers compare.</summary>
    public static CodeVolume Of(IEnumerable<string> files)
        => files.Select(OfFile).Aggregate(None, (total, file) => total + file);

    private static CodeVolume OfFile(string path)
    {
        var text = File.ReadAllText(path);
        long lines = text.Count(c => c == '\n');
        if (text.Length > 0 && text[^1] != '\n')
        {
            lines++;
        }

        return new CodeVolume(1, lines, text.Length);
    }
}
