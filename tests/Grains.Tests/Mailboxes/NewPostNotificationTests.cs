using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>New-post notifications: deterministic ids (a retried delivery notifies once) to the owner and to delegates who opted in.</summary>
public sealed class NewPostNotificationTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task New_post_notifies_the_owner_under_the_id_derived_from_mailbox_and_message_and_a_retried_delivery_notifies_once()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var mailbox = MailboxId.ForCitizen(cpr);
        await host.Citizen(cpr).UpdateNotificationSettingsAsync(TestPeople.Self(cpr), new NotificationSettings([], ["91929394"], []));
        var letter = TestLetters.Letter(mailbox);

        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        var retried = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        Assert.True(retried.Duplicate);
        var notification = Assert.Single(host.Outbox.Requests);
        Assert.Equal(NotificationIds.For(mailbox, letter.Header.MessageUuid, NotificationKind.NewPost), notification.NotificationId);
        Assert.Equal((NotificationKind.NewPost, (string?)null, (Guid?)letter.Header.MessageUuid), (notification.Kind, notification.DelegateCpr, notification.MessageUuid));
        Assert.Equal(["+4591929394"], notification.Channels.PhoneNumbers);
    }

    [Fact]
    public async Task A_delegate_who_opted_in_gets_their_own_notification_and_one_who_did_not_gets_none()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var owner = TestPeople.Adult();
        var optedIn = TestPeople.Adult();
        var silent = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var mailbox = MailboxId.ForCitizen(owner);
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), optedIn, AccessLevel.Read, null);
        await host.Citizen(owner).GrantAccessAsync(TestPeople.Self(owner), silent, AccessLevel.ReadWrite, null);
        await host.Citizen(owner).SetDelegateNotificationsAsync(TestPeople.For(optedIn, owner), true);
        var letter = TestLetters.Letter(mailbox, legal: true);

        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);

        // The owner has no channels, so only the delegate is notified.
        var notification = Assert.Single(host.Outbox.Requests);
        Assert.Equal(optedIn.Value, notification.DelegateCpr);
        Assert.Equal(NotificationKind.NewLegalNotification, notification.Kind);
        Assert.Equal(NotificationIds.For(mailbox, letter.Header.MessageUuid, NotificationKind.NewLegalNotification, optedIn.Value), notification.NotificationId);
        Assert.NotEqual(NotificationIds.For(mailbox, letter.Header.MessageUuid, NotificationKind.NewLegalNotification), notification.NotificationId);
    }
}
