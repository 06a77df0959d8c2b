using System;
using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Parsing.Operations;

/// <summary>How media types map to body kinds, and which of several a body is read or written as.</summary>
internal static class MediaTypes
{
    /// <summary>JSON first, then forms, then binary, then text: the richest typing wins when a body offers several.</summary>
    public static (string MediaType, BodyKind Kind) Preferred(IEnumerable<string> mediaTypes)
    {
        var candidates = mediaTypes.Select(media => (Media: media, Kind: KindOf(media))).ToList();
        foreach (var kind in new[] { BodyKind.Json, BodyKind.Multipart, BodyKind.FormUrlEncoded, BodyKind.Binary, BodyKind.Text })
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Kind == kind)
                {
                    return candidate;
                }
            }
        }

        return candidates.Count > 0 ? candidates[0] : ("application/json", BodyKind.Json);
    }

    public static BodyKind KindOf(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
        if (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal) || type == "*/*" || type == "application/*")
        {
            return BodyKind.Json;
        }

        if (type == "application/x-www-form-urlencoded")
        {
            return BodyKind.FormUrlEncoded;
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return BodyKind.Multipart;
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type == "application/xml" || type.EndsWith("+xml", StringComparison.Ordinal)
            ? BodyKind.Text
            : BodyKind.Binary;
    }
}
