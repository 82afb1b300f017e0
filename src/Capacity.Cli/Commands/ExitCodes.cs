namespace Capacity.Cli.Commands;

/// <summary>Process exit codes of the <c>capacity</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The run failed for a reason that is not the user's input.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: scenario errors, bad overrides, bad command line. Nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>Interrupted (Ctrl+C / SIGINT), as shells report 128 + SIGINT. Nothing was written.</summary>
    public const int Cancelled = 130;
}
