using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// Draws a BenchmarkDotNet CSV report (units in the header, plain numbers in the cells) as an SVG bar chart: for each
/// value of the parameter, each method's mean time and allocation relative to the baseline method, side by side.
/// </summary>
public static class RatioChart
{
    private const int LabelWidth = 190;
    private const int PanelWidth = 330;
    private const int PanelGap = 40;
    private const int BarHeight = 13;
    private const int BarGap = 3;
    private const int GroupGap = 14;
    private const int Top = 58;
    private static readonly string[] Palette = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f" };

    public static string Draw(string csvPath, string title, string baselineMethod, string parameter)
    {
        var rows = ReadCsv(csvPath);
        var header = rows[0];
        int Column(string prefix) => Array.FindIndex(header, name => name == prefix || name.StartsWith(prefix + " [", StringComparison.Ordinal)) is var index and >= 0
            ? index
            : throw new InvalidDataException($"{csvPath} has no column '{prefix}'.");
        int method = Column("Method"), parameterColumn = Column(parameter), mean = Column("Mean"), allocated = Column("Allocated");

        var data = rows.Skip(1).Where(row => row.Length == header.Length)
            .Select(row => (Method: row[method], Group: row[parameterColumn], Mean: Number(row[mean]), Allocated: Number(row[allocated])))
            .ToList();
        var methods = data.Select(row => row.Method).Distinct().ToList();
        var groups = data.Select(row => row.Group).Distinct().ToList();
        var ratios = groups.Select(group =>
        {
            var baseline = data.Single(row => row.Group == group && row.Method == baselineMethod);
            return (Group: group, Bars: methods.Select(name => data.Single(row => row.Group == group && row.Method == name))
                .Select(row => (row.Method, Time: row.Mean / baseline.Mean, Allocated: row.Allocated / baseline.Allocated)).ToList());
        }).ToList();

        var largest = ratios.SelectMany(group => group.Bars).Max(bar => Math.Max(bar.Time, bar.Allocated));
        var tickStep = largest <= 8 ? 1 : largest <= 20 ? 2 : 5;
        var maxRatio = Math.Ceiling(largest / tickStep) * tickStep;
        var groupHeight = 18 + methods.Count * (BarHeight + BarGap) + GroupGap;
        var height = Top + groups.Count * groupHeight + 30;
        var width = LabelWidth + 2 * PanelWidth + PanelGap + 60;

        var svg = new StringBuilder();
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12">""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""");
        svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="20" font-size="15" font-weight="bold">{Escape(title)}</text>""");
        var panels = new[] { (Name: $"Mean time ÷ {baselineMethod}", X: LabelWidth), (Name: $"Allocated ÷ {baselineMethod}", X: LabelWidth + PanelWidth + PanelGap) };
        foreach (var (name, x) in panels)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{x}" y="{Top - 20}" font-weight="bold">{Escape(name)}</text>""");
            for (var tick = 0; tick <= maxRatio; tick += tickStep)
            {
                var tickX = x + tick * PanelWidth / maxRatio;
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{tickX:0.#}" y1="{Top - 8}" x2="{tickX:0.#}" y2="{height - 28}" stroke="#ddd" stroke-width="1"/>""");
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{tickX:0.#}" y="{height - 14}" text-anchor="middle" fill="#555">{tick}×</text>""");
            }

            // The baseline's 1×, which every bar is read against.
            var oneX = x + PanelWidth / maxRatio;
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<line x1="{oneX:0.#}" y1="{Top - 8}" x2="{oneX:0.#}" y2="{height - 28}" stroke="#444" stroke-width="1" stroke-dasharray="3,2"/>""");
        }

        var y = Top;
        foreach (var (group, bars) in ratios)
        {
            svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="10" y="{y + 10}" font-weight="bold">{Escape(parameter)} = {Escape(GroupLabel(group))}</text>""");
            y += 18;
            for (var index = 0; index < bars.Count; index++)
            {
                var (name, time, allocatedRatio) = bars[index];
                var color = Palette[methods.IndexOf(name) % Palette.Length];
                svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{LabelWidth - 8}" y="{y + BarHeight - 3}" text-anchor="end">{Escape(name)}</text>""");
                foreach (var (value, x) in new[] { (time, panels[0].X), (allocatedRatio, panels[1].X) })
                {
                    var barWidth = Math.Max(1, value * PanelWidth / maxRatio);
                    svg.AppendLine(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y}" width="{barWidth:0.#}" height="{BarHeight}" fill="{color}"/>""");
                    svg.AppendLine(CultureInfo.InvariantCulture, $"""<text x="{x + barWidth + 4:0.#}" y="{y + BarHeight - 3}" fill="#222">{value:0.00}</text>""");
                }

                y += BarHeight + BarGap;
            }

            y += GroupGap;
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static string GroupLabel(string value)
        => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number.ToString("N0", CultureInfo.InvariantCulture) : value;

    private static double Number(string cell)
        => double.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string Escape(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold commas or quotes ("" inside quotes).</summary>
    private static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            rows.Add(fields.ToArray());
        }

        return rows;
    }
}
