using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class GatewayCallsTests
{
    private static readonly MailboxId Own = MailboxId.Parse("cpr:" + Viewers.CitizenCpr);

    [Theory]
    [InlineData(MailboxErrorCode.NotAuthorised, GatewayErrorCodes.Forbidden)]
    [InlineData(MailboxErrorCode.MessageNotFound, GatewayErrorCodes.NotFound)]
    [InlineData(MailboxErrorCode.FolderNotFound, GatewayErrorCodes.NotFound)]
    [InlineData(MailboxErrorCode.GrantNotFound, GatewayErrorCodes.NotFound)]
    [InlineData(MailboxErrorCode.ReplyNotAllowed, GatewayErrorCodes.NotReplyable)]
    [InlineData(MailboxErrorCode.ReplyDeadlinePassed, GatewayErrorCodes.NotReplyable)]
    [InlineData(MailboxErrorCode.AttachmentTooLarge, GatewayErrorCodes.LimitExceeded)]
    [InlineData(MailboxErrorCode.TooManyAttachments, GatewayErrorCodes.LimitExceeded)]
    [InlineData(MailboxErrorCode.FileTypeNotAllowed, GatewayErrorCodes.LimitExceeded)]
    [InlineData(MailboxErrorCode.InvalidRequest, GatewayErrorCodes.Validation)]
    [InlineData(MailboxErrorCode.InvalidFolder, GatewayErrorCodes.Validation)]
    [InlineData(MailboxErrorCode.NotExempt, GatewayErrorCodes.Validation)]
    [InlineData(MailboxErrorCode.RecipientNotReachable, GatewayErrorCodes.RecipientUnavailable)]
    [InlineData(MailboxErrorCode.MailboxClosed, GatewayErrorCodes.MailboxClosed)]
    public async Task A_refusal_becomes_its_stable_code(MailboxErrorCode refusal, string expected)
    {
        using var harness = new CoreHarness();

        var result = await harness.RunAsync(Viewers.Citizen(), async context =>
            await GatewayCalls.RunAsync<string>(context, () => throw new MailboxActionException(refusal, "refused")));

        Assert.Equal(expected, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task A_malformed_identity_is_a_validation_error()
    {
        using var harness = new CoreHarness();

        var result = await harness.RunAsync(Viewers.Citizen(), async context =>
        {
            await GatewayCalls.RunAsync(context, () => Task.FromResult(MailboxId.Parse("cpr:123")));
            return "unreachable";
        });

        Assert.Equal(GatewayErrorCodes.Validation, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task Any_other_exception_stays_an_unexpected_error_without_details()
    {
        using var harness = new CoreHarness();

        var result = await harness.RunAsync(Viewers.Citizen(), async context =>
            await GatewayCalls.RunAsync<string>(context, () => throw new InvalidOperationException("database password is hunter2")));

        Assert.Equal("INTERNAL_SERVER_ERROR", CoreHarness.FirstErrorCode(result));
        Assert.DoesNotContain("hunter2", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailbox_form_requires_access_before_calling_and_passes_the_viewers_actor()
    {
        using var harness = new CoreHarness();
        harness.Grains.Handle(Own.Value, nameof(ICitizenMailboxGrain.ListOpenableMailboxesAsync), _ =>
            Task.FromResult<IReadOnlyList<OpenableMailbox>>([new(Own, null, AccessLevel.Owner, null)]));
        ActorContext? seen = null;
        harness.Grains.Handle(Own.Value, nameof(IMailboxGrain.MarkReadAsync), args =>
        {
            seen = (ActorContext)args[0]!;
            return Task.CompletedTask;
        });

        var allowed = await harness.RunAsync(Viewers.Citizen(), async context =>
        {
            await GatewayCalls.RunAsync(context, Own, (grain, actor) => grain.MarkReadAsync(actor, Guid.Empty));
            return "done";
        });
        var hidden = await harness.RunAsync(Viewers.Citizen(), async context =>
        {
            await GatewayCalls.RunAsync(context, MailboxId.Parse("cpr:0303701234"), (grain, actor) => grain.MarkReadAsync(actor, Guid.Empty));
            return "done";
        });

        Assert.Equal("done", allowed.GetProperty("data").GetProperty("a").GetString());
        Assert.Equal(ActorContext.Person(Cpr.Parse(Viewers.CitizenCpr), Platform.BorgerDk), seen);
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(hidden));
        Assert.DoesNotContain(harness.Grains.Calls, call => call.Contains("0303701234", StringComparison.Ordinal));
    }
}
