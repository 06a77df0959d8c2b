using System;
using System.Text;

namespace PartnerCenter.Licenses.Benchmarks;

/// <summary>
/// The page the payload's next link leads to (<c>?seekOperation=Next</c>): empty, with no next link, so a client that
/// walks every page (ours, <c>GetAllAsync</c>) ends after one more small request.
/// </summary>
public static class LastPage
{
    public static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"totalCount":0,"items":[]}""");

    public static bool IsNextPageRequest(Uri uri) => uri.Query.Contains("seekOperation=Next", StringComparison.Ordinal);
}
