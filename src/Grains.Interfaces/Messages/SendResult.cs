namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A message a mailbox sent: its uuid (kept in the sender's Sent folder) and what the recipient's mailbox did.</summary>
public sealed record SendResult(Guid MessageUuid, DeliveryResult Delivery);
