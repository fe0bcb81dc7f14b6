using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>Exemption (fritagelse): registered by a municipality, indefinite, revocable, revoked on return to Denmark.</summary>
public sealed class ExemptionTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static readonly ActorContext s_municipality = ActorContext.Municipality(AuthorityId.Parse("odense-kommune"));

    [Fact]
    public async Task Only_a_municipality_registers_an_exemption()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();

        var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).RegisterExemptionAsync(TestPeople.Self(cpr),
            new ExemptionRequest(ExemptionCriterion.OtherSpecialCircumstances, true, false)));

        Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
    }

    [Fact]
    public async Task An_exemption_is_indefinite_and_its_criterion_is_kept_only_when_disclosed()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var disclosed = TestPeople.Adult();
        var undisclosed = TestPeople.Adult();

        var a = await host.Citizen(disclosed).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, true, false));
        var b = await host.Citizen(undisclosed).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, false, false));
        host.Time.Advance(TimeSpan.FromDays(3650));

        Assert.Equal(ExemptionCriterion.PhysicalOrMentalDisability, a.Criterion);
        Assert.Null(b.Criterion);
        Assert.Equal("odense-kommune", a.Municipality);
        Assert.Equal(MailboxStatus.Exempt, (await host.Citizen(disclosed).GetProfileAsync(TestPeople.Self(disclosed))).Status);
    }

    [Fact]
    public async Task Registering_with_forwarding_sends_unopened_post_of_the_last_6_months_to_print()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        var old = TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "gammel");
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), old);
        host.Time.Advance(TimeSpan.FromDays(200));
        var recentUnopened = TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "ny");
        var recentOpened = TestLetters.Letter(MailboxId.ForCitizen(cpr), label: "læst");
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), recentUnopened);
        await host.Authority(authority).SendAsync(ActorContext.Authority(authority), recentOpened);
        await host.Citizen(cpr).OpenMessageAsync(TestPeople.Self(cpr), recentOpened.Header.MessageUuid);

        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.NoInternetConnectionOfAtLeast512Kbits, true, ForwardUnopenedPostToPrint: true));

        var printed = await host.ScalarAsync<string[]>("SELECT array_agg(message_uuid::text ORDER BY message_uuid) FROM mailbox_print_queue WHERE mailbox_id = $1", MailboxId.ForCitizen(cpr).Value);
        Assert.Equal([recentUnopened.Header.MessageUuid.ToString()], printed);
    }

    [Fact]
    public async Task The_citizen_revokes_the_exemption_and_post_is_delivered_digitally_again()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var authority = TestPeople.Authority();
        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.LimitedCommandOfDanish, true, false));

        await host.Citizen(cpr).RevokeExemptionAsync(TestPeople.Self(cpr));
        var result = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(MailboxId.ForCitizen(cpr)));

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Null((await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr))).Exemption);
    }

    [Fact]
    public async Task A_delegate_cannot_revoke_the_exemption()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var helper = TestPeople.Adult();
        await host.Citizen(cpr).GrantAccessAsync(TestPeople.Self(cpr), helper, AccessLevel.ReadWrite, null);
        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.LimitedCommandOfDanish, true, false));

        await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).RevokeExemptionAsync(TestPeople.For(helper, cpr)));
    }

    [Fact]
    public async Task Returning_to_Denmark_revokes_the_exemption_automatically_through_the_registry_event()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var handler = host.Services.GetServices<IRegistryEventHandler>().Single(h => h.Name == "mailboxes");
        await handler.HandleAsync(new PersonEmigrated(Guid.NewGuid(), cpr, new DateOnly(2026, 1, 1)), CancellationToken.None);
        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.LeftDenmarkPermanently, true, false));

        await handler.HandleAsync(new PersonReturned(Guid.NewGuid(), cpr, new DateOnly(2026, 3, 1), new Address("Vestergade", "1", "8000", "Aarhus C", 751)), CancellationToken.None);

        var profile = await host.Citizen(cpr).GetProfileAsync(TestPeople.Self(cpr));
        Assert.Null(profile.Exemption);
        Assert.Equal(MailboxStatus.Active, profile.Status);
    }
}
