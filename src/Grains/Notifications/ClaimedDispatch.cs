using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>A <c>notification_dispatch</c> row claimed by a dispatcher; <see cref="Attempt"/> counts this attempt.</summary>
public sealed record ClaimedDispatch(
    long DispatchId,
    Guid NotificationId,
    NotificationKind Kind,
    string Channel,
    string Address,
    string? Subject,
    string Body,
    int Attempt)
{
    /// <inheritdoc />
    public override string ToString() => $"ClaimedDispatch({DispatchId}, {Channel}, attempt {Attempt})";
}
