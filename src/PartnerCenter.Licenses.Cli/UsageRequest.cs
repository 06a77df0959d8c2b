using System;

namespace PartnerCenter.Licenses.Cli;

/// <summary>What the usage command was asked to do, once the command line has been read.</summary>
/// <param name="CustomerId">The customer whose usage to get.</param>
/// <param name="BaseUrl">The Partner Center to call, or null for the offline stub.</param>
/// <param name="Token">The bearer token for <paramref name="BaseUrl"/> (null for the offline stub).</param>
/// <param name="Locale">The X-Locale header.</param>
/// <param name="Output">Table or JSON.</param>
internal sealed record UsageRequest(Guid CustomerId, Uri? BaseUrl, string? Token, string Locale, OutputFormat Output);
