using System.Collections.Generic;

namespace OpenApiClientGenerator.Parsing;

/// <summary>Reads the <c>{name}</c> placeholders of a path template.</summary>
internal static class PathTemplate
{
    public static List<string> ParameterNames(string path)
    {
        var names = new List<string>();
        var start = -1;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '{')
            {
                start = i + 1;
            }
            else if (path[i] == '}' && start >= 0)
            {
                names.Add(path.Substring(start, i - start));
                start = -1;
            }
        }

        return names;
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
