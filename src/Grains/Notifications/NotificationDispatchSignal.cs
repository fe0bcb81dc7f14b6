namespace DigitalPost.Grains.Notifications;

/// <summary>Wakes the dispatcher when something was enqueued in this process, so it need not wait for its poll.</summary>
public sealed class NotificationDispatchSignal(TimeProvider timeProvider) : WakeSignal(timeProvider);
