namespace PartnerCenter.Licenses.Cli;

/// <summary>How the usage command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people, with a total line.</summary>
    Table,

    /// <summary>The collection as JSON, in the API's own shape, for scripts.</summary>
    Json,
}
