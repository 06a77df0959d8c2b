namespace PartnerCenter.Licenses.Cli;

/// <summary>The exit codes of the tool, as listed by <c>--help</c> and the README.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>Something the tool did not expect went wrong (a bug: please report the line it printed).</summary>
    public const int Unexpected = 1;

    /// <summary>The input was wrong: an unknown option, a customer id that is not a GUID, a bad URL, no token, an output file that cannot be written.</summary>
    public const int InvalidInput = 2;

    /// <summary>Signing in failed, or Partner Center refused the credentials (401, 403).</summary>
    public const int Auth = 3;

    /// <summary>Partner Center answered with an error (400, 404, 429, 5xx…) or with a body the tool cannot read.</summary>
    public const int ApiError = 4;

    /// <summary>Partner Center could not be reached, the connection broke, or the answer did not finish within the timeout.</summary>
    public const int Network = 5;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The lines <c>--help</c> prints about the exit codes.</summary>
    internal static readonly string[] HelpLines =
    [
        "Exit codes:",
        "  0    success",
        "  1    unexpected failure (a bug: please report the line printed)",
        "  2    invalid input (command line, customer id, URL, token over plain http, output file)",
        "  3    sign-in failed, or Partner Center refused the credentials (401, 403)",
        "  4    Partner Center answered with an error (400, 404, 429, 5xx) or an unreadable body",
        "  5    network: not reachable, connection broken, or no complete answer within --timeout",
        "  130  cancelled (Ctrl+C)",
    ];
}
