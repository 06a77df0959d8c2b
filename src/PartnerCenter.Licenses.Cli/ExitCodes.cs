namespace PartnerCenter.Licenses.Cli;

/// <summary>The exit codes of the tool.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The call failed: the server could not be reached, timed out or answered with an error.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong (an unknown option, a customer id that is not a GUID, a missing token).</summary>
    public const int Usage = 2;

    /// <summary>Cancelled with Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
