namespace DigitalPost.Silo;

/// <summary>Log messages of the silo process (event ids 9000-9099).</summary>
internal static partial class SiloLog
{
    [LoggerMessage(9000, LogLevel.Information, "Digital Post silo listening on {Urls}")]
    public static partial void Listening(ILogger logger, string urls);

    [LoggerMessage(9001, LogLevel.Information, "Data: {Target}")]
    public static partial void DataLocation(ILogger logger, string target);

    [LoggerMessage(9002, LogLevel.Information, "Digital Post silo stopping: deactivating grains, then stopping storage")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(9003, LogLevel.Information, "Digital Post silo stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(9005, LogLevel.Warning, "Start-up cancelled; stopping what was started")]
    public static partial void StartCancelled(ILogger logger);

    [LoggerMessage(9004, LogLevel.Critical, "{Message}")]
    public static partial void CannotStart(ILogger logger, string message);
}
