using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class MailboxAccessResolverTests
{
    private static readonly MailboxId Own = MailboxId.Parse("cpr:" + Viewers.CitizenCpr);
    private static readonly MailboxId Delegated = MailboxId.Parse("cpr:" + Viewers.OtherCpr);
    private static readonly MailboxId Company = MailboxId.Parse("cvr:" + Viewers.CompanyCvr);
    private static readonly MailboxId OtherCompany = MailboxId.Parse("cvr:87654321");

    private static readonly IReadOnlyList<OpenableMailbox> Openable =
    [
        new(Own, null, AccessLevel.Owner, null),
        new(Delegated, GrantKind.Delegate, AccessLevel.Read, null),
        new(Company, GrantKind.Company, AccessLevel.Owner, null),
        new(OtherCompany, GrantKind.Company, AccessLevel.Owner, null),
    ];

    [Fact]
    public async Task A_citizens_access_comes_from_their_openable_mailboxes_asked_once_per_request()
    {
        using var harness = new CoreHarness();
        ActorContext? asked = null;
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), args =>
        {
            asked = (ActorContext)args[0]!;
            return Task.FromResult(Openable);
        });
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Citizen(), async context =>
        {
            var own = await resolver.RequireAsync(context, Own);
            var delegated = await resolver.RequireAsync(context, Delegated);
            return $"{own}/{delegated}";
        }, "{ a b c }");

        Assert.Null(CoreHarness.FirstErrorCode(result));
        Assert.Equal("Owner/Read", result.GetProperty("data").GetProperty("c").GetString());
        Assert.Single(harness.Grains.Calls);
        Assert.Equal(ActorContext.Person(Cpr.Parse(Viewers.CitizenCpr), Platform.BorgerDk), asked);
    }

    [Fact]
    public async Task A_citizen_owns_their_own_mailbox_without_asking_the_grains()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult(Openable));
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Citizen(), async context => (await resolver.RequireAsync(context, Own, AccessLevel.Owner)).ToString());

        Assert.Null(CoreHarness.FirstErrorCode(result));
        Assert.Equal("Owner", result.GetProperty("data").GetProperty("a").GetString());
        Assert.Empty(harness.Grains.Calls);
    }

    [Fact]
    public async Task A_mailbox_the_viewer_cannot_open_is_not_found()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult(Openable));
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Citizen(), async context => (await resolver.RequireAsync(context, MailboxId.Parse("cpr:0303701234"))).ToString());

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task Too_little_access_to_a_visible_mailbox_is_forbidden()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult(Openable));
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Citizen(), async context => (await resolver.RequireAsync(context, Delegated, AccessLevel.Owner)).ToString());

        Assert.Equal(GatewayErrorCodes.Forbidden, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task A_company_representative_opens_only_the_company_of_the_token()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult(Openable));
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Representative(), async context =>
            string.Join(",", (await resolver.ListAsync(context)).Select(entry => entry.Mailbox.Value)));
        var own = await harness.RunAsync(Viewers.Representative(), async context => (await resolver.RequireAsync(context, Own)).ToString());

        Assert.Equal("cvr:12345678", result.GetProperty("data").GetProperty("a").GetString());
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(own));
    }

    [Fact]
    public async Task A_representative_the_registry_does_not_list_for_the_company_opens_nothing()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ => Task.FromResult<IReadOnlyList<OpenableMailbox>>([new(Own, null, AccessLevel.Owner, null)]));
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Representative(), async context => (await resolver.RequireAsync(context, Company)).ToString());

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task An_authority_owns_its_own_mailbox_and_opens_no_other()
    {
        using var harness = new CoreHarness();
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var own = await harness.RunAsync(Viewers.Authority(), async context => (await resolver.RequireAsync(context, MailboxId.Parse("authority:aalborg-kommune"))).ToString());
        var other = await harness.RunAsync(Viewers.Authority(), async context => (await resolver.RequireAsync(context, Own)).ToString());

        Assert.Equal("Owner", own.GetProperty("data").GetProperty("a").GetString());
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(other));
        Assert.Empty(harness.Grains.Calls);
    }

    [Fact]
    public async Task Staff_open_no_mailbox()
    {
        using var harness = new CoreHarness();
        var resolver = harness.Services.GetRequiredService<MailboxAccessResolver>();

        var result = await harness.RunAsync(Viewers.Staff(), async context => (await resolver.RequireAsync(context, Own)).ToString());

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(result));
    }
}
