using System;
using System.Collections.Generic;
using System.Text;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Writes XML documentation comments from spec descriptions (CommonMark in OpenAPI): escaped, one comment line per text
/// line, with inline code, links and bold turned into their XML doc equivalents so tooltips read well.
/// </summary>
internal static class DocComments
{
    /// <summary>The longest text kept on the line of its element (a wider one reads better on lines of its own).</summary>
    private const int MaxInlineChars = 120;

    // Methods taking "specText" convert it (it is whatever the spec author wrote); "xml" is our own markup, written as is.

    public static void Summary(SourceWriter writer, string? specText, string fallbackXml)
        => Element(writer, "summary", string.IsNullOrWhiteSpace(specText) ? fallbackXml : FromSpec(specText!));

    public static void SummaryXml(SourceWriter writer, string xml) => Element(writer, "summary", xml);

    public static void Remarks(SourceWriter writer, string? specText)
    {
        if (!string.IsNullOrWhiteSpace(specText))
        {
            Element(writer, "remarks", FromSpec(specText!));
        }
    }

    public static void RemarksXml(SourceWriter writer, string xml) => Element(writer, "remarks", xml);

    public static void Param(SourceWriter writer, string name, string? specText, string fallbackXml)
        => Inline(writer, $"<param name=\"{name}\">", string.IsNullOrWhiteSpace(specText) ? fallbackXml : FromSpec(specText!), "</param>");

    public static void ParamXml(SourceWriter writer, string name, string xml) => Inline(writer, $"<param name=\"{name}\">", xml, "</param>");

    public static void Returns(SourceWriter writer, string? specText)
    {
        if (!string.IsNullOrWhiteSpace(specText))
        {
            Inline(writer, "<returns>", FromSpec(specText!), "</returns>");
        }
    }

    public static void ExceptionXml(SourceWriter writer, string type, string xml)
        => writer.Line($"/// <exception cref=\"{type}\">{xml}</exception>");

    /// <summary>One line when the text is one short line, else the text between its own opening and closing lines.</summary>
    private static void Element(SourceWriter writer, string element, string xml)
    {
        var lines = Lines(xml);
        if (lines.Count == 1 && lines[0].Length <= MaxInlineChars)
        {
            writer.Line($"/// <{element}>{lines[0]}</{element}>");
            return;
        }

        writer.Line($"/// <{element}>");
        foreach (var line in lines)
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

    /// <summary>
    /// Spec text as XML doc content: <c>`code`</c> → &lt;c&gt;, <c>[text](https://…)</c> → &lt;see href&gt;,
    /// <c>**bold**</c> → &lt;b&gt;, within one line; everything else escaped as written.
    /// </summary>
    public static string FromSpec(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '`' && Closing(text, i + 1, "`") is var codeEnd and > 0 && codeEnd > i + 1)
            {
                builder.Append("<c>").Append(Escape(text.Substring(i + 1, codeEnd - i - 1))).Append("</c>");
                i = codeEnd + 1;
            }
            else if (text[i] == '*' && i + 1 < text.Length && text[i + 1] == '*' && Closing(text, i + 2, "**") is var boldEnd and > 0 && boldEnd > i + 2)
            {
                builder.Append("<b>").Append(Escape(text.Substring(i + 2, boldEnd - i - 2))).Append("</b>");
                i = boldEnd + 2;
            }
            else if (text[i] == '[' && Link(text, i) is { } link)
            {
                builder.Append("<see href=\"").Append(Escape(link.Url).Replace("\"", "&quot;")).Append("\">").Append(Escape(link.Text)).Append("</see>");
                i = link.End;
            }
            else
            {
                AppendEscaped(builder, text[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>Where <paramref name="marker"/> next occurs on the same line from <paramref name="start"/>, or -1.</summary>
    private static int Closing(string text, int start, string marker)
    {
        var end = text.IndexOf(marker, start, StringComparison.Ordinal);
        var newline = text.IndexOf('\n', start);
        return end >= 0 && (newline < 0 || end < newline) ? end : -1;
    }

    /// <summary>An inline link "[text](http…)" starting at <paramref name="start"/>, on one line.</summary>
    private static (string Text, string Url, int End)? Link(string text, int start)
    {
        var close = Closing(text, start + 1, "](");
        if (close <= start + 1)
        {
            return null;
        }

        var end = Closing(text, close + 2, ")");
        if (end < 0)
        {
            return null;
        }

        var url = text.Substring(close + 2, end - close - 2);
        return url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)
            ? (text.Substring(start + 1, close - start - 1), url, end + 1)
            : null;
    }

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            AppendEscaped(builder, c);
        }

        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '<': builder.Append("&lt;"); break;
            case '>': builder.Append("&gt;"); break;
            case '&': builder.Append("&amp;"); break;
            default:
                // Control characters are not allowed in XML; they carry no meaning in a description anyway.
                if (!char.IsControl(c) || c == '\t' || c == '\n')
                {
                    builder.Append(c);
                }

                break;
        }
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
