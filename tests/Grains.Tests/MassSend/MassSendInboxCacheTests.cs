using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using DigitalPost.Grains.Tests.MassSend.Hosting;

namespace DigitalPost.Grains.Tests.MassSend;

/// <summary>The mass-send pipeline writes past the mailbox grains; an active grain's cached inbox must not hide its letter.</summary>
public sealed class MassSendInboxCacheTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    [Fact]
    public async Task A_mass_send_to_an_active_mailbox_with_a_cached_inbox_shows_in_it_at_once()
    {
        await using var host = await MassSendTestHost.StartAsync(database);
        var authority = TestPeople.Authority();
        var active = await host.PersonAsync();
        var me = TestPeople.Self(active);
        Assert.Empty((await host.Citizen(active).ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Equal(0L, (await host.Citizen(active).GetProfileAsync(me)).UnreadCount);
        Assert.Empty((await host.Citizen(active).ListMessagesAsync(me, new MessageQuery())).Items);

        var job = await host.SubmitAsync(authority, TestLetters.Xml(TestLetters.Letter(MailboxId.ForCitizen(active))), [active.Value]);
        await host.Processor.RunDueJobsAsync();

        var item = Assert.Single((await host.Citizen(active).ListMessagesAsync(me, new MessageQuery())).Items);
        Assert.Equal(await host.MessageUuidOfAsync(job.JobId, MailboxId.ForCitizen(active).Value), item.MessageUuid);
        Assert.Equal(1L, (await host.Citizen(active).GetProfileAsync(me)).UnreadCount);
    }
}
