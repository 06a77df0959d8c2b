namespace PartnerCenter.Licenses.Cli;

/// <summary>How the usage command prints its result (<c>-o/--output</c>).</summary>
internal enum OutputFormat
{
    /// <summary>A table for people, with totals per product and a grand total.</summary>
    Table,

    /// <summary>The items as JSON in the API's wire names, for scripts.</summary>
    Json,

    /// <summary>RFC 4180 CSV with a header row, for spreadsheets.</summary>
    Csv,
}
