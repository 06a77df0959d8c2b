using System;
using PartnerCenter.Licenses.Cli.SignIn;

namespace PartnerCenter.Licenses.Cli;

/// <summary>What the usage command was asked to do, once the command line has been read and checked.</summary>
/// <param name="CustomerId">The customer whose usage to get.</param>
/// <param name="BaseUrl">The Partner Center to call, or null for the offline examples.</param>
/// <param name="SignIn">How to get a token for <paramref name="BaseUrl"/> (null offline).</param>
/// <param name="Locale">The X-Locale header.</param>
/// <param name="Output">Table, JSON or CSV.</param>
/// <param name="OutputFile">The file to write instead of stdout, or null.</param>
/// <param name="Timeout">The bound of each call to Partner Center, body included.</param>
/// <param name="Verbose">Whether to log each request and the causes of a failure on stderr.</param>
/// <param name="AllPages">Whether to follow every page of the result (<c>--all</c>), or print the first.</param>
internal sealed record UsageRequest(
    Guid CustomerId,
    Uri? BaseUrl,
    SignInSettings? SignIn,
    string Locale,
    OutputFormat Output,
    string? OutputFile,
    TimeSpan Timeout,
    bool Verbose,
    bool AllPages = false);
