using System.Net;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Silo.Tests.EndToEnd.Support;

namespace DigitalPost.Silo.Tests.EndToEnd.World;

/// <summary>The fixture's silo answers over real HTTP and the world is seeded as its README says (checked through the grains).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SeededWorldTests(EndToEndFixture fixture)
{
    private EndToEndWorld World => fixture.World;

    [Fact]
    public async Task The_silo_answers_on_its_kestrel_port()
    {
        using var ready = await fixture.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("127.0.0.1", fixture.BaseAddress.Host);
        Assert.NotEqual(0, fixture.BaseAddress.Port);
    }

    [Fact]
    public async Task The_owner_has_the_normal_legal_replyable_and_private_messages()
    {
        var page = await Citizen(World.Owner).ListMessagesAsync(Self(World.Owner, Platform.EBoks), new MessageQuery(PageSize: 50));
        var byId = page.Items.ToDictionary(m => m.MessageUuid);

        Assert.False(byId[World.OwnerNormal.MessageUuid].ReplyAllowed);
        Assert.True(byId[World.OwnerLegal.MessageUuid].LegalNotification);
        Assert.Null(byId[World.OwnerLegal.MessageUuid].ServedAt);
        Assert.True(byId[World.OwnerReplyable.MessageUuid].ReplyAllowed);
        Assert.Equal(2, byId[World.OwnerReplyable.MessageUuid].FileCount);
        Assert.NotNull(byId[World.OwnerPrivatePost.MessageUuid].PrivatePlatform);
    }

    [Fact]
    public async Task Delegates_and_the_estate_administrator_can_open_what_they_were_given()
    {
        var readDelegate = await Citizen(World.ReadDelegate).ListOpenableMailboxesAsync(Self(World.ReadDelegate, Platform.BorgerDk));
        var readWrite = await Citizen(World.ReadWriteDelegate).ListOpenableMailboxesAsync(Self(World.ReadWriteDelegate, Platform.BorgerDk));
        var administrator = await Citizen(World.EstateAdministrator).ListOpenableMailboxesAsync(Self(World.EstateAdministrator, Platform.BorgerDk));
        var representative = await Citizen(World.Company.Representative).ListOpenableMailboxesAsync(Self(World.Company.Representative, Platform.BorgerDk));

        Assert.Contains(readDelegate, m => m.Mailbox == World.Owner.Mailbox && m.Level == AccessLevel.Read);
        Assert.Contains(readWrite, m => m.Mailbox == World.Owner.Mailbox && m.Level == AccessLevel.ReadWrite);
        Assert.Contains(administrator, m => m.Mailbox == World.Deceased.Mailbox && m.Level == AccessLevel.Read);
        Assert.Contains(representative, m => m.Mailbox == World.Company.Mailbox);
    }

    [Fact]
    public async Task The_deceased_the_exempt_and_the_child_have_their_status()
    {
        var deceased = await Citizen(World.Deceased).GetProfileAsync(ActorContext.System());
        var exempt = await Citizen(World.Exempt).GetProfileAsync(ActorContext.System());
        var child = await Citizen(World.Child).GetProfileAsync(ActorContext.System());

        Assert.Equal(MailboxStatus.Deceased, deceased.Status);
        Assert.Equal(MailboxStatus.Exempt, exempt.Status);
        Assert.Equal(MailboxStatus.UnderFifteen, child.Status);
    }

    private ICitizenMailboxGrain Citizen(WorldCitizen citizen) => fixture.Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value);

    private static ActorContext Self(WorldCitizen citizen, Platform platform) => ActorContext.Person(citizen.Cpr, platform);
}
