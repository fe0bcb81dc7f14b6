using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.Grains.Delivery;

/// <summary>What the delivery rules need to know of a message: who sends it, and when it may be delivered.</summary>
public sealed record IncomingMessageFacts(SenderKind SenderKind, string SenderId, DateOnly? DoNotDeliverUntil);
