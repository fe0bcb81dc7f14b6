using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>
/// Opening a message writes what changed and nothing more: a first open marks the row read, a later open only
/// appends to the access log; what the open returns is what a fresh read of the row returns.
/// </summary>
public sealed class OpenMessageTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static async Task<(Cpr Cpr, MeMoMessage Letter)> DeliverAsync(MailboxTestHost host, bool legal = false)
    {
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), legal: legal);
        Assert.Equal(DeliveryOutcome.Delivered, (await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter)).Outcome);
        return (cpr, letter);
    }

    private static Task<string> RowVersionAsync(MailboxTestHost host, Cpr cpr, Guid messageUuid) =>
        host.ScalarAsync<string>("SELECT xmin::text FROM mailbox_messages WHERE mailbox_id = $1 AND message_uuid = $2", MailboxId.ForCitizen(cpr).Value, messageUuid);

    [Fact]
    public async Task Opening_an_already_read_message_leaves_its_row_untouched_and_only_appends_to_the_access_log()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, letter) = await DeliverAsync(host);
        var citizen = host.Citizen(cpr);
        var uuid = letter.Header.MessageUuid;
        await citizen.OpenMessageAsync(TestPeople.Self(cpr, Platform.MitDk), uuid);
        var afterFirstOpen = await RowVersionAsync(host, cpr, uuid);

        host.Time.Advance(TimeSpan.FromMinutes(5));
        await citizen.OpenMessageAsync(TestPeople.Self(cpr, Platform.EBoks), uuid);

        Assert.Equal(afterFirstOpen, await RowVersionAsync(host, cpr, uuid));
        var reads = (await citizen.ReadAccessLogAsync(TestPeople.Self(cpr), 10, null)).Where(e => e.Action == AccessAction.Read).Reverse().ToList();
        Assert.Equal([Platform.MitDk, Platform.EBoks], reads.Select(e => e.Platform));
        Assert.Equal([MailboxTestHost.Start, MailboxTestHost.Start.AddMinutes(5)], reads.Select(e => e.At));
    }

    [Fact]
    public async Task A_first_open_changes_the_row_and_what_it_returns_equals_a_fresh_read()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, letter) = await DeliverAsync(host);
        var citizen = host.Citizen(cpr);
        var uuid = letter.Header.MessageUuid;
        var delivered = await RowVersionAsync(host, cpr, uuid);
        // A clock between microseconds: the returned time must still equal the stored one.
        host.Time.Advance(TimeSpan.FromTicks(12_345_678));

        var opened = await citizen.OpenMessageAsync(TestPeople.Self(cpr, Platform.DigitalPostApp), uuid);

        Assert.NotEqual(delivered, await RowVersionAsync(host, cpr, uuid));
        var fresh = (await citizen.ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items.Single(m => m.MessageUuid == uuid);
        Assert.Equal(fresh, opened.Summary);
        Assert.False(opened.Summary.Unread);
        Assert.Equal(Platform.DigitalPostApp, opened.Summary.FirstReadPlatform);
    }

    [Fact]
    public async Task Serving_a_legal_notification_on_open_returns_the_served_time_a_fresh_read_returns()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, letter) = await DeliverAsync(host, legal: true);
        var citizen = host.Citizen(cpr);
        host.Time.Advance(TimeSpan.FromTicks(987_654_321));

        var opened = await citizen.OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        Assert.NotNull(opened.Summary.ServedAt);
        var fresh = (await citizen.ListMessagesAsync(TestPeople.Self(cpr), new MessageQuery())).Items.Single(m => m.MessageUuid == letter.Header.MessageUuid);
        Assert.Equal(fresh, opened.Summary);
    }

    [Fact]
    public async Task Opening_an_already_read_message_keeps_the_mailbox_version_and_a_first_open_bumps_it()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var (cpr, letter) = await DeliverAsync(host);
        var citizen = host.Citizen(cpr);
        var before = await citizen.GetVersionAsync();

        await citizen.OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);
        var afterFirst = await citizen.GetVersionAsync();
        await citizen.OpenMessageAsync(TestPeople.Self(cpr), letter.Header.MessageUuid);

        Assert.NotEqual(before, afterFirst);
        Assert.Equal(afterFirst, await citizen.GetVersionAsync());
    }
}
