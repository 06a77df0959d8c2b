using System;
using System.IO;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>How spec files name each other: paths made absolute, so that the same file is found however it is written.</summary>
internal static class DocumentPaths
{
    /// <summary>
    /// <paramref name="path"/> made absolute; a relative one is taken relative to the folder of the file
    /// <paramref name="relativeTo"/>. A path the file system cannot name is returned as it is (it then matches nothing).
    /// </summary>
    public static string Resolve(string path, string relativeTo)
    {
        try
        {
            return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Path.GetDirectoryName(relativeTo) ?? string.Empty, path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
