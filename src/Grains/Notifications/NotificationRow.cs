namespace DigitalPost.Grains.Notifications;

/// <summary>A row of the <c>notification</c> table.</summary>
public sealed record NotificationRow(
    Guid NotificationId,
    string MailboxId,
    string? DelegateCpr,
    string Kind,
    Guid? MessageUuid,
    string Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset EnqueuedAt)
{
    /// <inheritdoc />
    public override string ToString() => $"NotificationRow({NotificationId}, {Kind})";
}
