namespace PartnerCenter.Licenses.Cli.Output;

/// <summary>How values are spelled in every output format, so table, CSV and JSON agree.</summary>
internal static class UsageFormats
{
    /// <summary>ISO 8601 with the offset, as the API sends it (2017-03-09T00:00:00+00:00).</summary>
    public const string DateTime = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>The day only, for the table.</summary>
    public const string Date = "yyyy-MM-dd";

    /// <summary>A percentage with one decimal.</summary>
    public const string Percent = "0.0";
}
