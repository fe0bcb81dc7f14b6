using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Silo.Tests.EndToEnd.Administration;
using DigitalPost.Silo.Tests.EndToEnd.Settings;
using DigitalPost.Silo.Tests.EndToEnd.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>
/// What the matrix needs beyond the fixture's world: another company with its representative, another authority, the
/// agency (checked to be in the directory), and scenes. One per fixture (the silo lives for the whole run).
/// </summary>
public sealed class MatrixWorld
{
    /// <summary>The municipality code of the scenes' owners (fresh citizens born in 1985 live in Aarhus).</summary>
    public const int SceneMunicipality = 751;

    /// <summary>Another municipality (the world's, København).</summary>
    public const int OtherMunicipality = 101;

    public const string AgencyId = "digitaliseringsstyrelsen";

    private static readonly ConditionalWeakTable<EndToEndFixture, Task<MatrixWorld>> Worlds = [];
    private readonly EndToEndFixture _fixture;
    private readonly Lazy<Task<MatrixScene>> _shared;
    private int _numbers;

    private MatrixWorld(EndToEndFixture fixture, WorldCompany otherCompany, WorldAuthority otherAuthority, WorldCitizen estateCandidate, Guid massSendJobId)
    {
        MassSendJobId = massSendJobId;
        _fixture = fixture;
        OtherCompany = otherCompany;
        OtherAuthority = otherAuthority;
        EstateCandidate = estateCandidate;
        _shared = new Lazy<Task<MatrixScene>>(() => CreateSceneAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public EndToEndFixture Fixture => _fixture;

    public EndToEndWorld World => _fixture.World;

    /// <summary>A second company (registered in København) whose representative acts for it, not for the world's company.</summary>
    public WorldCompany OtherCompany { get; }

    /// <summary>Udbetaling Danmark: an authority that did not send the scenes' letters.</summary>
    public WorldAuthority OtherAuthority { get; }

    /// <summary>
    /// The person the agency's allowed <c>grantEstateAccess</c> call names: nobody else of the matrix, so the estate access
    /// it gives cannot change another row's answer.
    /// </summary>
    public WorldCitizen EstateCandidate { get; }

    /// <summary>A mass send of the world's authority, scheduled for a later date (so it delivers nothing during the run).</summary>
    public Guid MassSendJobId { get; }

    /// <summary>The GraphQL global id of <see cref="MassSendJobId"/> (<c>MassSendJob.id</c>), as a client builds it from the documented form.</summary>
    public string MassSendJobGlobalId => GlobalIds.Encode("MassSendJob", MassSendJobId.ToString("D"));

    public static Task<MatrixWorld> ForAsync(EndToEndFixture fixture) => Worlds.GetValue(fixture, CreateAsync);

    /// <summary>The scene for calls that change nothing (reads and refusals), made once.</summary>
    public Task<MatrixScene> SharedSceneAsync() => _shared.Value;

    /// <summary>The dev-token subject of <paramref name="role"/> for <paramref name="scene"/>; null for <see cref="MatrixRole.Anonymous"/>.</summary>
    public string? Subject(MatrixRole role, MatrixScene scene) => role switch
    {
        MatrixRole.Owner => scene.Owner.Subject,
        MatrixRole.ReadDelegate => scene.Read.Subject,
        MatrixRole.ReadWriteDelegate => scene.ReadWrite.Subject,
        MatrixRole.EstateAdministrator => World.EstateAdministrator.Subject,
        MatrixRole.CompanyRepresentativeOwn => World.Company.RepresentativeSubject,
        MatrixRole.CompanyRepresentativeOther => OtherCompany.RepresentativeSubject,
        MatrixRole.Stranger => World.Stranger.Subject,
        MatrixRole.AuthoritySender => World.Authority.Subject,
        MatrixRole.AuthorityOther => OtherAuthority.Subject,
        MatrixRole.StaffOwnMunicipality => "staff:" + SceneMunicipality.ToString("000", CultureInfo.InvariantCulture),
        MatrixRole.StaffOtherMunicipality => "staff:" + OtherMunicipality.ToString("000", CultureInfo.InvariantCulture),
        MatrixRole.Agency => "authority:" + AgencyId,
        MatrixRole.Anonymous => null,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// <summary>A Danish mobile number not used before in this run.</summary>
    public string NextMobileNumber() => "+4561" + (Interlocked.Increment(ref _numbers) + 100_000).ToString("000000", CultureInfo.InvariantCulture);

    /// <summary>A fresh scene (see <see cref="MatrixScene"/>).</summary>
    public async Task<MatrixScene> CreateSceneAsync()
    {
        var owner = await _fixture.CreateCitizenAsync("Matrix", "Ejer");
        var read = await _fixture.CreateCitizenAsync("Matrix", "Læser");
        var readWrite = await _fixture.CreateCitizenAsync("Matrix", "Skriver");
        var readGrant = await _fixture.GrantAccessAsync(owner, read, AccessLevel.Read);
        var readWriteGrant = await _fixture.GrantAccessAsync(owner, readWrite, AccessLevel.ReadWrite);
        var now = _fixture.Time.GetUtcNow();
        var letter = await _fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Matrixbrev") { Replyable = true, ReplyBy = now.AddDays(30) });
        var deleted = await _fixture.SendLetterAsync(owner.Mailbox, new LetterSpec("Slettet matrixbrev"));
        var self = ActorContext.Person(owner.Cpr, Platform.BorgerDk);
        var grain = _fixture.Grains.GetGrain<ICitizenMailboxGrain>(owner.Mailbox.Value);
        await grain.DeleteMessageAsync(self, deleted.MessageUuid);
        var folder = await grain.CreateFolderAsync(self, "Matrixmappe");
        // Consents, so that both companies' sends can reach the scene (receipt events of their representatives).
        await grain.GiveConsentAsync(self, World.Company.Cvr);
        await grain.GiveConsentAsync(self, OtherCompany.Cvr);

        var heldUuid = Guid.NewGuid();
        var later = now.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var xml = MeMoSamples.FullExampleFor(owner.Cpr.Value, World.Authority.Cvr.Value, heldUuid, later);
        var held = await _fixture.Grains.GetGrain<IAuthorityMailboxGrain>(World.Authority.Mailbox.Value)
            .SendMeMoAsync(ActorContext.Authority(World.Authority.Id), Encoding.UTF8.GetBytes(xml));
        if (held.Outcome != DeliveryOutcome.Held)
        {
            throw new InvalidOperationException($"The scene's held letter gave {held.Outcome} ({held.ReasonCode}: {held.Detail}).");
        }

        return new MatrixScene(owner, read, readWrite, readGrant, readWriteGrant, letter, deleted, folder.FolderId, heldUuid);
    }

    /// <summary>Registers an exemption for the scene's owner, as their municipality (for rows that revoke it).</summary>
    public async Task ExemptOwnerAsync(MatrixScene scene)
    {
        var aarhus = await _fixture.Services.GetRequiredService<IAuthorityDirectory>().GetMunicipalityAsync(SceneMunicipality)
            ?? throw new InvalidOperationException("The directory has no municipality 751.");
        await _fixture.Grains.GetGrain<ICitizenMailboxGrain>(scene.Owner.Mailbox.Value).RegisterExemptionAsync(
            ActorContext.Municipality(aarhus.Id), new ExemptionRequest(ExemptionCriterion.OtherSpecialCircumstances, true, false));
    }

    /// <summary>A private letter from <paramref name="company"/> to the scene's owner (who consented), through the business mailbox.</summary>
    public async Task SendPrivatePostAsync(WorldCompany company, MatrixScene scene)
    {
        var message = WorldLetters.Build(new LetterSpec("Privat matrixbrev"), company.Cvr.Value, company.Name, null, scene.Owner.Mailbox, _fixture.Time.GetUtcNow());
        var actor = ActorContext.Person(company.Representative.Cpr, Platform.EBoks, company.Mailbox);
        var result = await _fixture.Grains.GetGrain<IBusinessMailboxGrain>(company.Mailbox.Value).SendPrivatePostAsync(actor, message, Platform.EBoks);
        if (result.Outcome != DeliveryOutcome.Delivered)
        {
            throw new InvalidOperationException($"Private post from {company.Name} gave {result.Outcome} ({result.ReasonCode}).");
        }
    }

    private static async IAsyncEnumerable<MassSendLine> OneRecipient(string cpr)
    {
        await Task.CompletedTask;
        yield return new MassSendLine(1, cpr, ReadOnlyMemory<byte>.Empty);
    }

    private static async Task<MatrixWorld> CreateAsync(EndToEndFixture fixture)
    {
        var directory = fixture.Services.GetRequiredService<IAuthorityDirectory>();
        // The agency is an authority of the directory's state catalogue; the gateway's default agency id must name it.
        _ = await directory.GetAsync(AuthorityId.Parse(AgencyId))
            ?? throw new InvalidOperationException($"The authority directory has no '{AgencyId}' (the agency).");
        var udbetaling = await directory.GetAsync(AuthorityId.Parse("udbetaling-danmark"))
            ?? throw new InvalidOperationException("The authority directory has no 'udbetaling-danmark'.");
        var otherAuthority = new WorldAuthority(udbetaling.Id, udbetaling.Name, udbetaling.Cvr, udbetaling.ContactPoints[0].Id, null);

        var representative = await fixture.CreateCitizenAsync("Matrix", "Direktør");
        var otherCompany = new WorldCompany(Cvr.Parse("27182818"), "Matrix Handel A/S", representative);
        var dataSource = await fixture.Services.GetRequiredService<PostgresDatabase>().GetDataSourceAsync(CancellationToken.None);
        await using (var batch = dataSource.CreateBatch())
        {
            // Company rows as the registry's bulk load would write them (there is no registry event for companies).
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO company (cvr, name, street, house_number, postcode, city, municipality_code) VALUES ($1, $2, 'Amagertorv', '1', '1160', 'København K', 101) ON CONFLICT DO NOTHING")
            {
                Parameters = { new() { Value = otherCompany.Cvr.Value }, new() { Value = otherCompany.Name } },
            });
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO company_person (cvr, cpr, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
            {
                Parameters = { new() { Value = otherCompany.Cvr.Value }, new() { Value = representative.Cpr.Value }, new() { Value = (short)CompanyRole.Owner } },
            });
            await batch.ExecuteNonQueryAsync();
        }

        await fixture.Grains.GetGrain<IBusinessMailboxGrain>(otherCompany.Mailbox.Value).SetCompanyPeopleAsync([representative.Cpr.Value]);
        var estateCandidate = await fixture.CreateCitizenAsync("Matrix", "Bobestyrer");
        var later = fixture.Time.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var template = Encoding.UTF8.GetBytes(MeMoSamples.FullExampleFor(estateCandidate.Cpr.Value, fixture.World.Authority.Cvr.Value, Guid.NewGuid(), later));
        var submitted = await fixture.Services.GetRequiredService<IMassSendService>().SubmitAsync(
            new MassSendSubmission(fixture.World.Authority.Id, "matrix-" + Guid.NewGuid().ToString("N"), MassSendKind.Template, template),
            OneRecipient(estateCandidate.Cpr.Value));
        return new MatrixWorld(fixture, otherCompany, otherAuthority, estateCandidate, submitted.JobId);
    }
}
