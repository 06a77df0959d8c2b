using System.Collections.Generic;

namespace PartnerCenter.Licenses.Cli.Tests;

/// <summary>Command lines of the usage command.</summary>
internal static class UsageArgs
{
    public const string Token = "test-token-3f9c2a";

    /// <summary><c>usage --customer … --base-url … --token …</c> plus <paramref name="more"/>.</summary>
    public static string[] Against(string baseUrl, params string[] more)
    {
        var args = new List<string> { "usage", "--customer", CliRun.CustomerId, "--base-url", baseUrl, "--token", Token };
        args.AddRange(more);
        return args.ToArray();
    }

    /// <summary><c>usage --customer …</c> (offline) plus <paramref name="more"/>.</summary>
    public static string[] Offline(params string[] more)
    {
        var args = new List<string> { "usage", "--customer", CliRun.CustomerId };
        args.AddRange(more);
        return args.ToArray();
    }
}
