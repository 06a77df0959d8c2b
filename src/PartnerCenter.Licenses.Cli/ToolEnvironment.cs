using System;
using Azure.Core;
using PartnerCenter.Licenses.Cli.SignIn;
using PartnerCenter.Licenses.Cli.Printing;

namespace PartnerCenter.Licenses.Cli;

/// <summary>What the tool takes from its surroundings besides the command line: environment variables and sign-in. Tests replace both.</summary>
/// <param name="Variable">Returns an environment variable's value, or null when it is not set.</param>
/// <param name="CreateCredential">Creates the credential for a sign-in mode, tenant and client id.</param>
internal sealed record ToolEnvironment(Func<string, string?> Variable, Func<AuthMode, string?, string?, StderrLines, TokenCredential> CreateCredential)
{
    /// <summary>The process's environment variables and Azure.Identity.</summary>
    public static ToolEnvironment Process { get; } = new(Environment.GetEnvironmentVariable, AzureIdentityCredentials.Create)
    {
        StderrIsTerminal = !Console.IsErrorRedirected,
        StdoutIsTerminal = !Console.IsOutputRedirected,
    };

    /// <summary>Whether stderr is a terminal (a person watching), where a progress indicator may be drawn.</summary>
    public bool StderrIsTerminal { get; init; }

    /// <summary>Whether stdout is a terminal too (then lines printed as they come would fight a progress indicator).</summary>
    public bool StdoutIsTerminal { get; init; }
}
