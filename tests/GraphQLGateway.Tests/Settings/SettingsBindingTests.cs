using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Tests.Settings;

/// <summary>The settings and administration root fields are bound to real resolvers (not NOT_IMPLEMENTED) in the composed schema.</summary>
public sealed class SettingsBindingTests
{
    private static readonly Lazy<GraphQLExecutor> Executor = new(() => new GraphQLExecutor(GatewaySchemaFactory.Build(GatewayParts.Create())));

    [Theory]
    [InlineData("""grantAccess(input: {mailboxId: "x", delegateCpr: "0101901234", level: READ}) { grant { id } }""")]
    [InlineData("""revokeAccess(input: {grantId: "x"}) { revokedGrantId }""")]
    [InlineData("""setDelegateNotifications(input: {mailboxId: "x", notify: true}) { clientMutationId }""")]
    [InlineData("""updateNotificationSettings(input: {mailboxId: "x", emails: [], phoneNumbers: [], pushDevices: []}) { clientMutationId }""")]
    [InlineData("""registerNemSms(input: {mailboxId: "x", phoneNumber: "+4512345678"}) { clientMutationId }""")]
    [InlineData("""unregisterNemSms(input: {mailboxId: "x"}) { clientMutationId }""")]
    [InlineData("""giveConsent(input: {mailboxId: "x", senderCvr: "12345678"}) { clientMutationId }""")]
    [InlineData("""withdrawConsent(input: {mailboxId: "x", senderCvr: "12345678"}) { clientMutationId }""")]
    [InlineData("""revokeExemption(input: {mailboxId: "x"}) { clientMutationId }""")]
    [InlineData("""declareMobileNumber(input: {phoneNumber: "+4512345678"}) { removedFromOthers }""")]
    [InlineData("""sendMeMo(input: {memo: "<x/>"}) { delivery { duplicate } }""")]
    [InlineData("""recallMessage(input: {messageUuid: "8c2ea15d-61fb-4ba9-9366-42f8b194c114", recipient: "cpr:0101901234"}) { recalled }""")]
    [InlineData("""registerExemption(input: {citizenCpr: "0101901234", criterion: LIMITED_COMMAND_OF_DANISH, discloseCriterion: true, forwardUnopenedPostToPrint: false}) { clientMutationId }""")]
    [InlineData("""grantEstateAccess(input: {deceasedCpr: "0101901234", administratorCpr: "0202801234"}) { clientMutationId }""")]
    public async Task An_anonymous_call_is_unauthenticated_before_any_id_is_looked_at(string mutation)
    {
        var result = await Executor.Value.ExecuteAsync(new ExecutionRequest { Query = "mutation { " + mutation + " }" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(GatewayErrorCodes.Unauthenticated, error.Extensions?["code"]);
    }
}
