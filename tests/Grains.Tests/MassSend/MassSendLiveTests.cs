using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>Live mailboxes hear of the letter; notification settings lead to one outbox notification each.</summary>
public sealed class MassSendLiveTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_subscribed_mailbox_gets_the_delivered_event_and_others_get_no_stream()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var watched = await host.PersonAsync();
        var quiet = await host.PersonAsync();
        await host.WatchAsync(MailboxId.ForCitizen(watched));

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(watched))), [watched.Value, quiet.Value]);
        await host.Processor.RunDueJobsAsync();

        var delivered = await host.EventAsync(e => e.Mailbox == MailboxId.ForCitizen(watched).Value);
        Assert.Equal(MailboxEventKind.Delivered, delivered.Kind);
        Assert.Equal(await host.MessageUuidOfAsync(job.JobId, MailboxId.ForCitizen(watched).Value), delivered.MessageUuid);
        Assert.Equal(SystemFolders.Inbox, delivered.FolderId);
        Assert.DoesNotContain(host.Events, e => e.Mailbox == MailboxId.ForCitizen(quiet).Value);
    }

    [Fact]
    public async Task Recipients_with_notification_settings_are_notified_once()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var notified = await host.PersonAsync();
        var silent = await host.PersonAsync();
        await host.Citizen(notified).UpdateNotificationSettingsAsync(TestPeople.Self(notified), new NotificationSettings(["borger@example.dk"], ["+4512345678"], []));

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(notified), legal: true)), [notified.Value, silent.Value]);
        await host.Processor.RunDueJobsAsync();
        Assert.Equal(1, await host.Notifications.DrainAsync());
        Assert.Equal(0, await host.Notifications.DrainAsync());

        var request = Assert.Single(host.Outbox.Requests);
        var uuid = await host.MessageUuidOfAsync(job.JobId, MailboxId.ForCitizen(notified).Value);
        Assert.Equal(NotificationIds.For(MailboxId.ForCitizen(notified), uuid, NotificationKind.NewLegalNotification), request.NotificationId);
        Assert.Equal(NotificationKind.NewLegalNotification, request.Kind);
        Assert.Equal(["borger@example.dk"], request.Channels.Emails);
        Assert.Equal(uuid, request.MessageUuid);
    }
}
