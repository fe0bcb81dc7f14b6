namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>An authority or company the mailbox receives digital post from ("registrations").</summary>
public sealed record SenderRegistration(string SenderId, string SenderLabel, SenderKind Kind, long MessageCount, DateTimeOffset LastReceivedAt, bool Consented);
