using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;
using Microsoft.Extensions.DependencyInjection;
using AuthorityRecord = DigitalPost.Grains.Interfaces.AuthorityDirectory.Authority;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class GatewayViewerTests
{
    private static readonly MailboxId Own = MailboxId.Parse("cpr:" + Viewers.CitizenCpr);
    private static readonly MailboxId Other = MailboxId.Parse("cpr:" + Viewers.OtherCpr);
    private static readonly MailboxId Company = MailboxId.Parse("cvr:" + Viewers.CompanyCvr);

    [Fact]
    public void A_citizen_acts_for_themselves_in_their_own_mailbox_and_on_behalf_in_others()
    {
        var viewer = Viewers.Citizen(platform: GatewayPlatform.MitDk);

        Assert.Equal(ViewerKind.Citizen, viewer.Kind);
        Assert.Equal(Own, viewer.OwnMailbox);
        Assert.Equal(ActorContext.Person(Cpr.Parse(Viewers.CitizenCpr), Platform.MitDk), viewer.ActorFor(Own));
        Assert.Equal(ActorContext.Person(Cpr.Parse(Viewers.CitizenCpr), Platform.MitDk, Other), viewer.ActorFor(Other));
    }

    [Fact]
    public void A_company_representative_is_the_person_acting_on_behalf_of_the_company()
    {
        var viewer = Viewers.Representative();

        Assert.Equal(ViewerKind.CompanyRepresentative, viewer.Kind);
        Assert.Equal(Company, viewer.OwnMailbox);
        Assert.Equal(ActorContext.Person(Cpr.Parse(Viewers.CitizenCpr), Platform.EBoks, Company), viewer.ActorFor(Company));
    }

    [Fact]
    public void An_authority_acts_as_its_sender_system()
    {
        var viewer = Viewers.Authority();

        Assert.Equal(ViewerKind.Authority, viewer.Kind);
        Assert.Equal(MailboxId.Parse("authority:aalborg-kommune"), viewer.OwnMailbox);
        Assert.Equal(ActorContext.Authority(AuthorityId.Parse("aalborg-kommune")), viewer.ActorFor(Own));
    }

    [Fact]
    public async Task The_configured_agency_is_the_agency_and_has_no_mailbox()
    {
        using var harness = new CoreHarness(configuration: new() { ["Gateway:AgencyAuthorityId"] = "the-agency" });
        var factory = harness.Services.GetRequiredService<GatewayViewerFactory>();

        var agency = await factory.CreateAsync(Viewers.Authority("the-agency").Subject, GatewayPlatform.BorgerDk, GatewayLanguage.Danish);
        var plain = await factory.CreateAsync(Viewers.Authority("digitaliseringsstyrelsen").Subject, GatewayPlatform.BorgerDk, GatewayLanguage.Danish);

        Assert.True(agency.IsAgency);
        Assert.Equal(ViewerKind.Agency, agency.Kind);
        Assert.Null(agency.OwnMailbox);
        Assert.Equal(ActorContext.Agency(), agency.ActorFor(Own));
        Assert.False(plain.IsAgency);
    }

    [Fact]
    public async Task Staff_act_as_their_municipality_from_the_directory()
    {
        var aalborg = new AuthorityRecord(AuthorityId.Parse("aalborg-kommune"), "Aalborg Kommune", AuthorityKind.Municipality, Cvr.Parse("10008510"), 851, 1081, []);
        using var harness = new CoreHarness(services => services.AddSingleton<IAuthorityDirectory>(new FakeAuthorityDirectory([aalborg])));
        var factory = harness.Services.GetRequiredService<GatewayViewerFactory>();

        var known = await factory.CreateAsync(Viewers.Staff(851).Subject, GatewayPlatform.BorgerDk, GatewayLanguage.Danish);
        var unknown = await factory.CreateAsync(Viewers.Staff(999).Subject, GatewayPlatform.BorgerDk, GatewayLanguage.Danish);

        Assert.Equal(ViewerKind.MunicipalityStaff, known.Kind);
        Assert.Null(known.OwnMailbox);
        Assert.Equal(ActorContext.Municipality(AuthorityId.Parse("aalborg-kommune")), known.ActorFor(Own));
        Assert.Equal(ActorContext.Municipality(AuthorityId.Parse("municipality-999")), unknown.ActorFor(Own));
    }

    [Fact]
    public void The_log_forms_never_contain_the_full_cpr()
    {
        var viewer = Viewers.Representative();

        Assert.DoesNotContain(Viewers.CitizenCpr, viewer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Viewers.CitizenCpr, viewer.DisplayId, StringComparison.Ordinal);
        Assert.Equal("cvr:12345678/cpr:010190-****", viewer.DisplayId);
    }

    [Fact]
    public async Task An_anonymous_request_is_unauthenticated()
    {
        using var harness = new CoreHarness();

        var result = await harness.RunAsync(null, context => ValueTask.FromResult<object?>(context.Viewer().DisplayId));

        Assert.Equal(GatewayErrorCodes.Unauthenticated, CoreHarness.FirstErrorCode(result));
    }
}
