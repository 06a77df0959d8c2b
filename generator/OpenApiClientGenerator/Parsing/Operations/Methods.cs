using System;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing.Operations;

/// <summary>The path item keys that are HTTP methods.</summary>
internal static class Methods
{
    public static bool TryGet(string key, out HttpMethod method)
    {
        switch (key.ToLowerInvariant())
        {
            case "get": method = HttpMethod.Get; return true;
            case "put": method = HttpMethod.Put; return true;
            case "post": method = HttpMethod.Post; return true;
            case "delete": method = HttpMethod.Delete; return true;
            case "options": method = HttpMethod.Options; return true;
            case "head": method = HttpMethod.Head; return true;
            case "patch": method = HttpMethod.Patch; return true;
            case "trace": method = HttpMethod.Trace; return true;
            default: method = default; return false;
        }
    }

    /// <summary>"GET", "POST"…: as HTTP writes it.</summary>
    public static string Name(HttpMethod method) => method.ToString().ToUpperInvariant();
}
