using System;
using System.Collections.Generic;
using System.Text;

namespace OpenApiClientGenerator.Emitting;

/// <summary>Writes XML documentation comments from spec descriptions (escaped, one comment line per text line).</summary>
internal static class DocComments
{
    // Methods taking "specText" escape it (it is whatever the spec author wrote); "xml" is our own markup, written as is.

    public static void Summary(SourceWriter writer, string? specText, string fallbackXml)
        => Element(writer, "summary", string.IsNullOrWhiteSpace(specText) ? fallbackXml : Escape(specText!));

    public static void SummaryXml(SourceWriter writer, string xml) => Element(writer, "summary", xml);

    public static void Remarks(SourceWriter writer, string? specText)
    {
        if (!string.IsNullOrWhiteSpace(specText))
        {
            Element(writer, "remarks", Escape(specText!));
        }
    }

    public static void Param(SourceWriter writer, string name, string? specText, string fallbackXml)
        => Inline(writer, $"<param name=\"{name}\">", string.IsNullOrWhiteSpace(specText) ? fallbackXml : Escape(specText!), "</param>");

    public static void ParamXml(SourceWriter writer, string name, string xml) => Inline(writer, $"<param name=\"{name}\">", xml, "</param>");

    public static void Returns(SourceWriter writer, string? specText)
    {
        if (!string.IsNullOrWhiteSpace(specText))
        {
            Inline(writer, "<returns>", Escape(specText!), "</returns>");
        }
    }

    public static void ExceptionXml(SourceWriter writer, string type, string xml)
        => writer.Line($"/// <exception cref=\"{type}\">{xml}</exception>");

    private static void Element(SourceWriter writer, string element, string xml)
    {
        writer.Line($"/// <{element}>");
        foreach (var line in Lines(xml))
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line($"/// </{element}>");
    }

    private static void Inline(SourceWriter writer, string open, string xml, string close)
    {
        var lines = Lines(xml);
        if (lines.Count == 1)
        {
            writer.Line($"/// {open}{lines[0]}{close}");
            return;
        }

        writer.Line("/// " + open);
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line("/// " + close);
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                default:
                    // Control characters are not allowed in XML; they carry no meaning in a description anyway.
                    if (!char.IsControl(c) || c == '\t')
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Trim().Split('\n'))
        {
            lines.Add(raw.TrimEnd());
        }

        return lines;
    }
}
