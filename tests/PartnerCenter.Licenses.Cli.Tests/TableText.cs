using System;
using System.Collections.Generic;
using System.Linq;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>Reads the tables the tool prints back into cells.</summary>
internal static class TableText
{
    /// <summary>The cells of every table row (lines framed by │), in order, header rows included.</summary>
    public static List<string[]> Rows(string output)
        => output.Split(["\r\n", "\n"], StringSplitOptions.None)
            .Where(line => line.TrimStart().StartsWith('│'))
            .Select(line => line.Split('│').Select(cell => cell.Trim()).Skip(1).SkipLast(1).ToArray())
            .ToList();
}
