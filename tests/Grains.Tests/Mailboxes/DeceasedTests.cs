using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>A death: sends refused, grants removed, estate access, content purged after 5 years.</summary>
public sealed class DeceasedTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task The_death_event_removes_every_grant_and_refuses_later_sends()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).GrantAccessAsync(TestPeople.Self(cpr), helper, AccessLevel.ReadWrite, null);
        var handler = host.Services.GetServices<IRegistryEventHandler>().Single(h => h.Name == "mailboxes");

        await handler.HandleAsync(new PersonDied(Guid.NewGuid(), cpr, new DateOnly(2026, 3, 1)), CancellationToken.None);
        await handler.HandleAsync(new PersonDied(Guid.NewGuid(), cpr, new DateOnly(2026, 3, 1)), CancellationToken.None);

        var profile = await host.Citizen(cpr).GetProfileAsync(ActorContext.Agency());
        Assert.Equal(MailboxStatus.Deceased, profile.Status);
        Assert.Empty(profile.Grants);
        Assert.Single(await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper)));
        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr)));
        Assert.Equal(DeliveryOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task An_estate_administrator_gets_read_access_by_the_agencys_decision_but_cannot_reply_or_delete()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var heir = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr), reply: true);
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        await host.Citizen(cpr).RecordDeathAsync(MailboxTestHost.Start);

        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).GrantEstateAccessAsync(TestPeople.Self(heir), heir, null));
        await host.Citizen(cpr).GrantEstateAccessAsync(ActorContext.Agency(), heir, null);
        var opened = await host.Citizen(cpr).OpenMessageAsync(TestPeople.For(heir, cpr), letter.Header.MessageUuid);

        Assert.Equal(heir.Value, opened.Summary.FirstReadBy);
        Assert.Contains(await host.Citizen(heir).ListOpenableMailboxesAsync(TestPeople.Self(heir)), m => m.Kind == GrantKind.Estate && m.Level == AccessLevel.Read);
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).DeleteMessageAsync(TestPeople.For(heir, cpr), letter.Header.MessageUuid));
        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).ReplyAsync(TestPeople.For(heir, cpr), new ReplyRequest(letter.Header.MessageUuid, "x", [])));
    }

    [Fact]
    public async Task The_content_of_a_deceased_persons_mailbox_is_kept_5_years_and_then_purged()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var letter = TestLetters.Letter(MailboxId.ForCitizen(cpr));
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), letter);
        await host.WatchAsync(MailboxId.ForCitizen(cpr));
        var diedAt = MailboxTestHost.Start;
        await host.Citizen(cpr).RecordDeathAsync(diedAt);

        host.Time.AdvanceTo(diedAt.AddYears(5).AddDays(-2));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        var purged = host.NextEvent(e => e.Kind == MailboxEventKind.Purged && e.Mailbox == MailboxId.ForCitizen(cpr).Value);
        host.Time.AdvanceTo(diedAt + TimeSpan.FromDays(5 * 365 + 1));
        await purged;

        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_messages WHERE message_uuid = $1", letter.Header.MessageUuid));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM mailbox_access_log WHERE mailbox_id = $1 AND detail = 'deceased retention ended'", MailboxId.ForCitizen(cpr).Value));
    }
}
