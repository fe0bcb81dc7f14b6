using Microsoft.Extensions.Logging;

namespace DigitalPost.Runtime.Diagnostics;

/// <summary>The runtime's log messages (source-generated, no allocation when disabled).</summary>
internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Debug, "Activated grain {GrainId}")]
    public static partial void Activated(ILogger logger, GrainId grainId);

    [LoggerMessage(2, LogLevel.Debug, "Deactivated grain {GrainId} ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, DeactivationReasonCode reason);

    [LoggerMessage(3, LogLevel.Error, "Activation of grain {GrainId} failed; waiting calls receive the error")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(4, LogLevel.Warning, "OnDeactivateAsync of grain {GrainId} failed; the activation is removed anyway")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(5, LogLevel.Error, "A continuation of grain {GrainId} threw")]
    public static partial void ContinuationFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(6, LogLevel.Warning, "A timer tick of grain {GrainId} failed")]
    public static partial void TimerTickFailed(ILogger logger, Exception exception, GrainId grainId);

    [LoggerMessage(7, LogLevel.Warning, "Reminder {ReminderName} of grain {GrainType}/{GrainKey} could not be delivered")]
    public static partial void ReminderFailed(ILogger logger, Exception exception, string grainType, string grainKey, string reminderName);

    [LoggerMessage(8, LogLevel.Information, "Loaded {Count} reminders of the partitions this silo owns")]
    public static partial void RemindersLoaded(ILogger logger, int count);

    [LoggerMessage(9, LogLevel.Information, "Deactivating {Count} activations for shutdown")]
    public static partial void ShuttingDown(ILogger logger, int count);

    [LoggerMessage(10, LogLevel.Warning, "A stream subscriber of {StreamId} failed on an event")]
    public static partial void StreamSubscriberFailed(ILogger logger, Exception exception, string streamId);

    [LoggerMessage(11, LogLevel.Warning, "A stream subscription of {StreamId} was ended: more than {Limit} events waiting")]
    public static partial void StreamSubscriptionOverflow(ILogger logger, string streamId, int limit);
}
