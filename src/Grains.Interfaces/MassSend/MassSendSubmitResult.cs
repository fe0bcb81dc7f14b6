namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>The committed job; <see cref="Duplicate"/> when the idempotency key named an earlier job (nothing new stored).</summary>
public sealed record MassSendSubmitResult(Guid JobId, MassSendStatus Status, long Recipients, bool Duplicate);
