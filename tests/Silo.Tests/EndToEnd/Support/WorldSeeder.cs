using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Silo.Tests.EndToEnd.Support;

/// <summary>
/// Seeds <see cref="EndToEndWorld"/> the way production data arrives: people through registry
/// events (so the mailbox lifecycle runs), companies as registry rows plus the business mailbox's
/// company people, grants/exemption/consent through the grains, letters through the authority's
/// and the company's mailbox grains.
/// </summary>
internal sealed class WorldSeeder(IServiceProvider services, RegistryEventSignals signals, TimeProvider time)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly Address Copenhagen = new("Nørrebrogade", "12", "2200", "København N", 101);
    private static readonly Address Aarhus = new("Vestergade", "3", "8000", "Aarhus C", 751);
    private int _nextCitizen;

    private IGrainFactory Grains => services.GetRequiredService<IGrainFactory>();

    private IPopulationRegistry Registry => services.GetRequiredService<IPopulationRegistry>();

    public async Task<EndToEndWorld> SeedAsync()
    {
        var directory = services.GetRequiredService<IAuthorityDirectory>();
        var authority = await AuthorityAsync(directory, AuthorityId.Parse("skattestyrelsen"), "personlig-skat");
        var municipality = await AuthorityAsync(directory, AuthorityId.Parse("koebenhavns-kommune"), "borgerservice");

        var owner = new WorldCitizen(Cpr.Parse("1205801001"), "Anna Holm");
        var readDelegate = new WorldCitizen(Cpr.Parse("0303821003"), "Bo Holm");
        var readWriteDelegate = new WorldCitizen(Cpr.Parse("1707752004"), "Carla Holm");
        var stranger = new WorldCitizen(Cpr.Parse("2209901005"), "Dennis Berg");
        var deceased = new WorldCitizen(Cpr.Parse("0502401007"), "Erik Lund");
        var administrator = new WorldCitizen(Cpr.Parse("1109702008"), "Frida Lund");
        var exempt = new WorldCitizen(Cpr.Parse("0808551009"), "Gunnar Møller");
        var child = new WorldCitizen(Cpr.Parse("0106164011"), "Hans Holm");
        var representative = new WorldCitizen(Cpr.Parse("2503852012"), "Ida Kjær");
        var company = new WorldCompany(Cvr.Parse("31415926"), "Holm & Kjær ApS", representative);

        await BornAsync([owner, readDelegate, readWriteDelegate, stranger, deceased, administrator, exempt, child, representative]);
        await AddCompanyAsync(company);

        var ownerSelf = ActorContext.Person(owner.Cpr, Platform.BorgerDk);
        var ownerGrain = Citizen(owner);
        var readGrant = await ownerGrain.GrantAccessAsync(ownerSelf, readDelegate.Cpr, AccessLevel.Read, null);
        var readWriteGrant = await ownerGrain.GrantAccessAsync(ownerSelf, readWriteDelegate.Cpr, AccessLevel.ReadWrite, null);
        await Citizen(exempt).RegisterExemptionAsync(
            ActorContext.Municipality(municipality.Id),
            new ExemptionRequest(ExemptionCriterion.NoComputerSmartphoneOrTabletAtHome, DiscloseCriterion: true, ForwardUnopenedPostToPrint: false));
        await ownerGrain.GiveConsentAsync(ownerSelf, company.Cvr);

        var now = time.GetUtcNow();
        var ownerNormal = await SendAsync(authority, owner.Mailbox, new LetterSpec("Årsopgørelse 2025") { MessageUuid = Id(1) });
        var ownerLegal = await SendAsync(authority, owner.Mailbox, new LetterSpec("Afgørelse om ejendomsskat") { MessageUuid = Id(2), LegalNotification = true });
        var ownerReplyable = await SendAsync(authority, owner.Mailbox, new LetterSpec("Indkaldelse til møde")
        {
            MessageUuid = Id(3),
            Replyable = true,
            ReplyBy = now.AddDays(30),
            Attachments = ["bilag.txt"],
            WithAppointment = true,
        });
        var ownerPrivate = await SendPrivatePostAsync(company, owner.Mailbox, new LetterSpec("Tilbud fra Holm & Kjær") { MessageUuid = Id(4) }, Platform.EBoks);
        var strangerLetter = await SendAsync(authority, stranger.Mailbox, new LetterSpec("Din pension") { MessageUuid = Id(5) });
        var deceasedLetter = await SendAsync(authority, deceased.Mailbox, new LetterSpec("Pensionsmeddelelse") { MessageUuid = Id(6) });
        var companyLetter = await SendAsync(authority, company.Mailbox, new LetterSpec("Momsangivelse") { MessageUuid = Id(7) });

        await ApplyAsync(new PersonDied(Id(100), deceased.Cpr, DateOnly.FromDateTime(now.UtcDateTime).AddDays(-7)));
        var estateGrant = await Citizen(deceased).GrantEstateAccessAsync(ActorContext.Agency(), administrator.Cpr, null);

        return new EndToEndWorld
        {
            Owner = owner,
            ReadDelegate = readDelegate,
            ReadWriteDelegate = readWriteDelegate,
            Stranger = stranger,
            Deceased = deceased,
            EstateAdministrator = administrator,
            Exempt = exempt,
            Child = child,
            Company = company,
            Authority = authority,
            Municipality = municipality,
            ReadGrant = readGrant,
            ReadWriteGrant = readWriteGrant,
            EstateGrant = estateGrant,
            OwnerNormal = ownerNormal,
            OwnerLegal = ownerLegal,
            OwnerReplyable = ownerReplyable,
            OwnerPrivatePost = ownerPrivate,
            StrangerLetter = strangerLetter,
            DeceasedLetter = deceasedLetter,
            CompanyLetter = companyLetter,
        };
    }

    /// <summary>A new adult (born 1985 plus a day per citizen created), registered like the world's people.</summary>
    public async Task<WorldCitizen> CreateCitizenAsync(string firstNames, string lastName)
    {
        var n = Interlocked.Increment(ref _nextCitizen);
        if (n > 999)
        {
            throw new InvalidOperationException("The fixture hands out at most 999 extra citizens per run.");
        }

        var born = new DateOnly(1985, 1, 1).AddDays(n);
        // Sequence 3xxx: the century digit 3 places 1985 in the 1900s.
        var cpr = Cpr.Parse($"{born:ddMMyy}{3000 + n:0000}");
        var citizen = new WorldCitizen(cpr, $"{firstNames} {lastName}");
        await BornAsync([citizen]);
        return citizen;
    }

    public async Task<WorldMessage> SendAsync(WorldAuthority from, MailboxId to, LetterSpec spec)
    {
        var message = WorldLetters.Build(spec, from.Cvr.Value, from.Name, from.ContactPointId, to, time.GetUtcNow());
        var result = await Grains.GetGrain<IAuthorityMailboxGrain>(from.Mailbox.Value).SendAsync(ActorContext.Authority(from.Id), message);
        return Delivered(result, to, spec);
    }

    public async Task<WorldMessage> SendPrivatePostAsync(WorldCompany from, MailboxId to, LetterSpec spec, Platform platform)
    {
        var message = WorldLetters.Build(spec, from.Cvr.Value, from.Name, null, to, time.GetUtcNow());
        var actor = ActorContext.Person(from.Representative.Cpr, platform, from.Mailbox);
        var result = await Grains.GetGrain<IBusinessMailboxGrain>(from.Mailbox.Value).SendPrivatePostAsync(actor, message, platform);
        return Delivered(result, to, spec);
    }

    private static WorldMessage Delivered(DeliveryResult result, MailboxId to, LetterSpec spec) =>
        result.Outcome == DeliveryOutcome.Delivered
            ? new WorldMessage(to, result.MessageUuid, spec.Label)
            : throw new InvalidOperationException($"Seeding '{spec.Label}' to {to} gave {result.Outcome} ({result.ReasonCode}: {result.Detail}).");

    private ICitizenMailboxGrain Citizen(WorldCitizen citizen) => Grains.GetGrain<ICitizenMailboxGrain>(citizen.Mailbox.Value);

    private async Task BornAsync(IReadOnlyList<WorldCitizen> people)
    {
        foreach (var person in people)
        {
            var space = person.Name.LastIndexOf(' ');
            var address = person.Cpr.BirthDate.Year % 2 == 0 ? Copenhagen : Aarhus;
            await ApplyAsync(new PersonBorn(Guid.NewGuid(), person.Cpr, person.Cpr.BirthDate, person.Name[..space], person.Name[(space + 1)..], address));
        }
    }

    private async Task ApplyAsync(RegistryEvent registryEvent)
    {
        await Registry.ApplyAsync(registryEvent);
        await signals.HandledAsync(registryEvent.EventId, Patience);
    }

    private async Task AddCompanyAsync(WorldCompany company)
    {
        // The registry has no event for companies (CVR data arrives in bulk); the rows are what the seeder would COPY.
        var dataSource = await services.GetRequiredService<PostgresDatabase>().GetDataSourceAsync(CancellationToken.None);
        await using (var batch = dataSource.CreateBatch())
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO company (cvr, name, street, house_number, postcode, city, municipality_code) VALUES ($1, $2, 'Vesterbrogade', '45', '1620', 'København V', 101)")
            {
                Parameters = { new() { Value = company.Cvr.Value }, new() { Value = company.Name } },
            });
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO company_person (cvr, cpr, role) VALUES ($1, $2, $3)")
            {
                Parameters = { new() { Value = company.Cvr.Value }, new() { Value = company.Representative.Cpr.Value }, new() { Value = (short)CompanyRole.Owner } },
            });
            await batch.ExecuteNonQueryAsync();
        }

        await Grains.GetGrain<IBusinessMailboxGrain>(company.Mailbox.Value).SetCompanyPeopleAsync([company.Representative.Cpr.Value]);
    }

    private static async Task<WorldAuthority> AuthorityAsync(IAuthorityDirectory directory, AuthorityId id, string contactPointId)
    {
        var authority = await directory.GetAsync(id) ?? throw new InvalidOperationException($"The directory has no authority '{id}'.");
        if (!authority.ContactPoints.Any(p => p.Id == contactPointId))
        {
            throw new InvalidOperationException($"{authority.Name} has no contact point '{contactPointId}' (it has {string.Join(", ", authority.ContactPoints.Select(p => p.Id))}).");
        }

        return new WorldAuthority(authority.Id, authority.Name, authority.Cvr, contactPointId, authority.MunicipalityCode);
    }

    /// <summary>A fixed UUID per seeded item, so the world's ids are the same every run.</summary>
    private static Guid Id(int n) => new($"00000000-0000-4000-8000-{n:000000000000}");
}
