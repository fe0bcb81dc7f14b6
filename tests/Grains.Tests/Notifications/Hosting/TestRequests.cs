using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>Notification requests as the mailbox grain builds them.</summary>
public static class TestRequests
{
    public static readonly Cpr Owner = Cpr.Parse("0101901234");

    public static readonly Cpr Delegate = Cpr.Parse("0202851235");

    public static MailboxId Mailbox => MailboxId.ForCitizen(Owner);

    public static NotificationRequest NewPost(NotificationSettings channels, DateTimeOffset at, Guid? id = null, string? delegateCpr = null, string text = "Du har modtaget ny post i Digital Post.") =>
        new(id ?? Guid.NewGuid(), Mailbox, delegateCpr, NotificationKind.NewPost, text, Guid.NewGuid(), channels, at);

    public static NotificationSettings Sms(params string[] numbers) => new([], numbers, []);
}
