using Microsoft.Extensions.Logging;

namespace DigitalPost.Grains.Notifications;

/// <summary>Log messages of the notification outbox and NemSMS (event ids 6300-6399). Rows are named by id; addresses are masked or left out.</summary>
internal static partial class NotificationsLog
{
    [LoggerMessage(6300, LogLevel.Warning, "Notification {NotificationId} ({Channel}, row {DispatchId}) failed on attempt {Attempt}; retrying at {NextAttemptAt:O}")]
    public static partial void AttemptFailed(ILogger logger, Exception exception, Guid notificationId, string channel, long dispatchId, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(6301, LogLevel.Error, "Notification {NotificationId} ({Channel}, row {DispatchId}) dead-lettered after {Attempt} attempt(s): {Error}")]
    public static partial void DeadLettered(ILogger logger, Guid notificationId, string channel, long dispatchId, int attempt, string error);

    [LoggerMessage(6302, LogLevel.Warning, "Notification row {DispatchId} was no longer leased to {Owner} when its result came back; another dispatcher owns it")]
    public static partial void LeaseLost(ILogger logger, long dispatchId, string owner);

    [LoggerMessage(6303, LogLevel.Error, "Notification dispatch pass failed; retrying in {Delay}")]
    public static partial void PassFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(6304, LogLevel.Warning, "Notification {NotificationId}: {Channel} address rejected at enqueue and dead-lettered: {Error}")]
    public static partial void AddressRejected(ILogger logger, Guid notificationId, string channel, string error);

    [LoggerMessage(6305, LogLevel.Information, "Development notifications are written to {Path}")]
    public static partial void DevelopmentFile(ILogger logger, string path);

    [LoggerMessage(6306, LogLevel.Debug, "Purged {Count} finished notification(s) past their retention")]
    public static partial void Purged(ILogger logger, int count);

    [LoggerMessage(6310, LogLevel.Information, "Mobile number {Number} declared by {Mailbox}: released from {Count} other mailbox(es)")]
    public static partial void NumberDeclared(ILogger logger, string number, string mailbox, int count);

    [LoggerMessage(6311, LogLevel.Warning, "Mobile number {Number}: mailbox {Mailbox} could not release it; the declaration can be repeated")]
    public static partial void ReleaseFailed(ILogger logger, Exception exception, string number, string mailbox);
}
