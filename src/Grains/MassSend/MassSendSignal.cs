namespace DigitalPost.Grains.MassSend;

/// <summary>Wakes the delivery workers (a job was committed) or the notification drain, so they need not wait for their poll.</summary>
public sealed class MassSendSignal(TimeProvider timeProvider) : WakeSignal(timeProvider);
