namespace Analytics.Cli.Commands;

/// <summary>Exit statuses shared by the subcommands.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The command ran, but some inputs failed (or the thing asked for was not found).</summary>
    public const int SomeFailed = 1;
    /// <summary>Bad arguments: unknown option, missing path, unknown format.</summary>
    public const int Usage = 2;
    /// <summary>Another process kept the data folder's writer lock for longer than --wait.</summary>
    public const int Busy = 3;
}
