using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Reads the <c>{name}</c> placeholders of a path template.</summary>
internal static class PathTemplate
{
    public static List<string> ParameterNames(string path)
    {
        var names = new List<string>();
        foreach (var (text, isParameter) in Parts(path))
        {
            if (isParameter)
            {
                names.Add(text);
            }
        }

        return names;
    }

    /// <summary>
    /// The path as literal text and placeholders, in order: a '{' starts a placeholder (a later '{' starts it again, the
    /// text before it staying literal) and a '}' ends it; a '{' never closed is literal text.
    /// </summary>
    public static List<(string Text, bool IsParameter)> Parts(string path)
    {
        var parts = new List<(string, bool)>();
        var literalStart = 0;
        var open = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{')
            {
                open = i;
            }
            else if (path[i] == '}' && open >= 0)
            {
                if (open > literalStart)
                {
                    parts.Add((path.Substring(literalStart, open - literalStart), false));
                }

                parts.Add((path.Substring(open + 1, i - open - 1), true));
                literalStart = i + 1;
                open = -1;
            }
        }

        if (literalStart < path.Length)
        {
            parts.Add((path.Substring(literalStart), false));
        }

        return parts;
    }

    /// <summary>
    /// The segments between slashes, without empty ones, of the path as requested: a fragment ("/files/{id}#share", which
    /// some specs use to tell operations apart) is never sent, so it is not part of any segment.
    /// </summary>
    public static string[] Segments(string path)
    {
        var hash = path.IndexOf('#');
        return (hash < 0 ? path : path.Substring(0, hash)).Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether a segment is exactly one placeholder, such as <c>{customer-id}</c>.</summary>
    public static bool IsParameterSegment(string segment, out string name)
    {
        if (segment.Length > 2 && segment[0] == '{' && segment[segment.Length - 1] == '}' && segment.IndexOf('{', 1) < 0)
        {
            name = segment.Substring(1, segment.Length - 2);
            return true;
        }

        name = string.Empty;
        return false;
    }
}
