using Microsoft.Extensions.Logging;

namespace DigitalPost.Grains.Registry;

/// <summary>Log messages of the population registry (event ids 6100-6199). No CPR numbers: events are named by id.</summary>
internal static partial class RegistryLog
{
    [LoggerMessage(6100, LogLevel.Warning, "Registry event handler {Handler} failed on event {EventId} ({Kind}), attempt {Attempt}; retrying at {NextAttemptAt:O}")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string handler, Guid eventId, DigitalPost.Grains.Interfaces.Registry.RegistryEventKind kind, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(6101, LogLevel.Error, "Registry event dispatch pass failed; retrying in {Delay}")]
    public static partial void DispatchFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(6102, LogLevel.Information, "Turned-15 scan through {ScannedThrough:yyyy-MM-dd}: {Count} event(s) recorded")]
    public static partial void ScanCompleted(ILogger logger, DateOnly scannedThrough, int count);

    [LoggerMessage(6103, LogLevel.Error, "Turned-15 scan failed; retrying in {Delay}")]
    public static partial void ScanFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(6104, LogLevel.Debug, "Delivered {Count} registry event(s)")]
    public static partial void Delivered(ILogger logger, int count);
}
