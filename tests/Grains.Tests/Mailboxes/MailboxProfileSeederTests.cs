using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Seeding;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>The seeding tool's bulk path into mailbox profiles.</summary>
public sealed class MailboxProfileSeederTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    [Fact]
    public async Task Seeded_exemptions_and_delegations_are_what_the_mailbox_grains_then_enforce()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var seeder = host.Services.GetRequiredService<IMailboxProfileSeeder>();
        var exempt = TestPeople.Adult();
        var owner = TestPeople.Adult();
        var helper = TestPeople.Adult();
        var authority = TestPeople.Authority();

        await seeder.WriteExemptionsAsync([new SeedExemption(exempt, SeedExemptionCriterion.NoAdequateInternetConnection, 461, new DateOnly(2025, 5, 1))], CancellationToken.None);
        await seeder.WriteDelegationsAsync([new SeedDelegation(owner, helper, SeedDelegationAccess.ReadAndWrite, new DateOnly(2025, 1, 1), null)], CancellationToken.None);
        await seeder.WriteExemptionsAsync([new SeedExemption(owner, SeedExemptionCriterion.LimitedCommandOfDanish, 461, new DateOnly(2025, 5, 1))], CancellationToken.None);

        var printed = await host.Authority(authority).SendAsync(ActorContext.Authority(authority), TestLetters.Letter(Interfaces.Identity.MailboxId.ForCitizen(exempt)));
        var ownerProfile = await host.Citizen(owner).GetProfileAsync(TestPeople.Self(owner));
        var openable = await host.Citizen(helper).ListOpenableMailboxesAsync(TestPeople.Self(helper));

        Assert.Equal(DeliveryOutcome.Printed, printed.Outcome);
        Assert.Equal(ExemptionCriterion.NoInternetConnectionOfAtLeast512Kbits, (await host.Citizen(exempt).GetProfileAsync(TestPeople.Self(exempt))).Exemption!.Criterion);
        Assert.Equal(AccessLevel.ReadWrite, Assert.Single(ownerProfile.Grants).Level);
        Assert.NotNull(ownerProfile.Exemption);
        Assert.Contains(openable, m => m.Mailbox == Interfaces.Identity.MailboxId.ForCitizen(owner) && m.Level == AccessLevel.ReadWrite);
    }
}
