using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// The deterministic scenario seeded into the silo once per test run (same CPRs, CVR, authorities
/// and message UUIDs every time). Treat it as read-mostly: a test that changes state (reads,
/// moves, deletes, revokes) should use what it creates itself through
/// <see cref="EndToEndFixture.CreateCitizenAsync"/> / <see cref="EndToEndFixture.SendLetterAsync"/>,
/// or only the messages documented here as free to change. See tests/Silo.Tests/EndToEnd/README.md.
/// </summary>
public sealed record EndToEndWorld
{
    /// <summary>Anna Holm: the main citizen; has the messages below, two delegates, consents to the company's private post.</summary>
    public required WorldCitizen Owner { get; init; }

    /// <summary>Bo Holm: read delegate of <see cref="Owner"/>.</summary>
    public required WorldCitizen ReadDelegate { get; init; }

    /// <summary>Carla Holm: read-and-write delegate of <see cref="Owner"/>.</summary>
    public required WorldCitizen ReadWriteDelegate { get; init; }

    /// <summary>Dennis Berg: an unrelated adult with one message of his own (for "cannot open another person's message").</summary>
    public required WorldCitizen Stranger { get; init; }

    /// <summary>Erik Lund: deceased (a week before the run); one message delivered before the death.</summary>
    public required WorldCitizen Deceased { get; init; }

    /// <summary>Frida Lund: estate administrator of <see cref="Deceased"/> (read access, granted by the agency).</summary>
    public required WorldCitizen EstateAdministrator { get; init; }

    /// <summary>Gunnar Møller: exempt from Digital Post (registered by <see cref="Municipality"/>'s staff).</summary>
    public required WorldCitizen Exempt { get; init; }

    /// <summary>Hans Holm: a child born 2016 (under 15): post to him goes to print.</summary>
    public required WorldCitizen Child { get; init; }

    /// <summary>Holm &amp; Kjær ApS and its representative Ida Kjær.</summary>
    public required WorldCompany Company { get; init; }

    /// <summary>Skattestyrelsen (state authority) with contact point <c>personlig-skat</c>: the sender of the citizens' letters.</summary>
    public required WorldAuthority Authority { get; init; }

    /// <summary>Københavns Kommune (code 101): its staff (<c>staff:101</c>) registered the exemption.</summary>
    public required WorldAuthority Municipality { get; init; }

    /// <summary>The grant through which <see cref="ReadDelegate"/> reads <see cref="Owner"/>'s mailbox.</summary>
    public required DelegationGrant ReadGrant { get; init; }

    /// <summary>The grant through which <see cref="ReadWriteDelegate"/> acts for <see cref="Owner"/>.</summary>
    public required DelegationGrant ReadWriteGrant { get; init; }

    /// <summary>The estate grant of <see cref="EstateAdministrator"/> on <see cref="Deceased"/>'s mailbox.</summary>
    public required DelegationGrant EstateGrant { get; init; }

    /// <summary>Owner: "Årsopgørelse 2025" from <see cref="Authority"/>, not replyable, one PDF.</summary>
    public required WorldMessage OwnerNormal { get; init; }

    /// <summary>Owner: "Afgørelse om ejendomsskat", a legal notification (not opened while seeding: opening it serves it).</summary>
    public required WorldMessage OwnerLegal { get; init; }

    /// <summary>Owner: "Indkaldelse til møde", replyable (reply by 30 days after seeding), main PDF plus an attachment and an AFTALE action.</summary>
    public required WorldMessage OwnerReplyable { get; init; }

    /// <summary>Owner: "Tilbud fra Holm &amp; Kjær", private post from <see cref="Company"/> for <see cref="PrivatePostPlatform"/> only.</summary>
    public required WorldMessage OwnerPrivatePost { get; init; }

    /// <summary>The platform the company contracted with for private post (e-Boks); the gateway platform name is <see cref="PrivatePostPlatformName"/>.</summary>
    public Platform PrivatePostPlatform => Platform.EBoks;

    /// <summary>The dev-token platform name of <see cref="PrivatePostPlatform"/>.</summary>
    public string PrivatePostPlatformName => "e-boks";

    /// <summary>Stranger: "Din pension" from <see cref="Authority"/>.</summary>
    public required WorldMessage StrangerLetter { get; init; }

    /// <summary>Deceased: "Pensionsmeddelelse", delivered before the death.</summary>
    public required WorldMessage DeceasedLetter { get; init; }

    /// <summary>Company: "Momsangivelse" from <see cref="Authority"/> in the business mailbox.</summary>
    public required WorldMessage CompanyLetter { get; init; }

    /// <summary>Every person of the world.</summary>
    public IReadOnlyList<WorldCitizen> People => [Owner, ReadDelegate, ReadWriteDelegate, Stranger, Deceased, EstateAdministrator, Exempt, Child, Company.Representative];
}
