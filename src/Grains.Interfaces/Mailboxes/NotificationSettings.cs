namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>How the owner is told about new post. Phone numbers are +45 numbers (checked by the notifications outbox).</summary>
public sealed record NotificationSettings(IReadOnlyList<string> Emails, IReadOnlyList<string> PhoneNumbers, IReadOnlyList<string> PushDevices)
{
    /// <summary>No notification channels.</summary>
    public static NotificationSettings None { get; } = new([], [], []);

    /// <inheritdoc />
    public override string ToString() => $"NotificationSettings({Emails.Count} e-mails, {PhoneNumbers.Count} phones, {PushDevices.Count} devices)";
}
