using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Tests.Mailboxes.Hosting;

namespace DigitalPost.Grains.Tests.Mailboxes;

/// <summary>
/// <see cref="ICitizenMailboxGrain.GetExemptionAsync"/>: the exemption alone, for the owner, municipality staff and the
/// system; a delegate, an authority, the agency and a stranger are refused. A staff read is in the citizen's access log.
/// </summary>
public sealed class ExemptionStatusTests(MailboxDatabaseFixture database) : IClassFixture<MailboxDatabaseFixture>
{
    private static readonly ActorContext s_municipality = ActorContext.Municipality(AuthorityId.Parse("odense-kommune"));

    [Fact]
    public async Task Municipality_staff_and_the_owner_read_the_exemption_or_null_when_there_is_none()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();

        var before = await host.Citizen(cpr).GetExemptionAsync(s_municipality);
        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, true, false, ["skattestyrelsen"]));
        var staff = await host.Citizen(cpr).GetExemptionAsync(s_municipality);
        var owner = await host.Citizen(cpr).GetExemptionAsync(TestPeople.Self(cpr));
        var system = await host.Citizen(cpr).GetExemptionAsync(ActorContext.System());

        Assert.Null(before);
        Assert.Equal(ExemptionCriterion.PhysicalOrMentalDisability, staff!.Criterion);
        Assert.Equal(["skattestyrelsen"], staff.ExceptionSenders);
        Assert.Equal(staff, owner);
        Assert.Equal(staff, system);
    }

    [Fact]
    public async Task A_delegate_an_authority_the_agency_and_a_stranger_are_refused()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();
        var delegateCpr = TestPeople.Adult();
        var stranger = TestPeople.Adult();
        await host.Citizen(cpr).GrantAccessAsync(TestPeople.Self(cpr), delegateCpr, AccessLevel.ReadWrite, null);

        foreach (var actor in new[]
        {
            TestPeople.For(delegateCpr, cpr),
            ActorContext.Authority(TestPeople.Authority()),
            ActorContext.Agency(),
            TestPeople.For(stranger, cpr),
        })
        {
            var refused = await Assert.ThrowsAsync<MailboxActionException>(() => host.Citizen(cpr).GetExemptionAsync(actor));
            Assert.Equal(MailboxErrorCode.NotAuthorised, refused.Code);
        }
    }

    [Fact]
    public async Task A_staff_read_is_written_to_the_citizens_access_log_and_the_owners_and_the_systems_reads_are_not()
    {
        await using var host = await MailboxTestHost.StartAsync(database);
        var cpr = TestPeople.Adult();

        await host.Citizen(cpr).GetExemptionAsync(s_municipality);
        await host.Citizen(cpr).GetExemptionAsync(TestPeople.Self(cpr));
        await host.Citizen(cpr).GetExemptionAsync(ActorContext.System());
        await host.Citizen(cpr).RegisterExemptionAsync(s_municipality, new ExemptionRequest(ExemptionCriterion.PhysicalOrMentalDisability, false, false, []));
        await host.Citizen(cpr).GetExemptionAsync(s_municipality);

        var log = await host.Citizen(cpr).ReadAccessLogAsync(TestPeople.Self(cpr), 10, null);
        Assert.Equal(
            [(AccessAction.ExemptionStatusRead, "exempt"), (AccessAction.ExemptionRegistered, "criterion not disclosed"), (AccessAction.ExemptionStatusRead, "not exempt")],
            log.Select(e => (e.Action, e.Detail)));
        Assert.All(log, e => Assert.Equal((ActorKind.MunicipalityStaff, "odense-kommune"), (e.ActorKind, e.ActorId)));
    }
}
