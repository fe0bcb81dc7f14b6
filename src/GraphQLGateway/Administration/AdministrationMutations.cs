using System.Text;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.MailboxActions.Mutations;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using DigitalPost.GraphQLGateway.Settings;
using DigitalPost.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>
/// The mutations of authorities (send a MeMo, recall), municipality staff (register an exemption) and the agency (estate
/// access). Each is for one kind of caller; any other caller gets FORBIDDEN before an id is looked at, so the answer never
/// depends on whether the object exists.
/// </summary>
public static class AdministrationMutations
{
    /// <summary>An authority sends a MeMo (text or an uploaded file); malformed XML is an INVALID delivery, not an error.</summary>
    public static async ValueTask<object?> SendMeMoAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var (authority, actor) = RequireAuthority(context);
        byte[] xml = input.Raw("memoFile") switch
        {
            UploadedFile file => await file.ReadAllBytesAsync(context.CancellationToken).ConfigureAwait(false),
            _ => Encoding.UTF8.GetBytes(input.OptionalString("memo") ?? throw InputErrors.Invalid(context, "memo", "give the MeMo XML as memo or memoFile")),
        };
        if (xml.Length == 0)
        {
            throw InputErrors.Invalid(context, input.Has("memoFile") ? "memoFile" : "memo", "the MeMo XML is empty");
        }

        var grain = Grains(context).AuthorityMailbox(authority);
        var delivery = await GatewayCalls.RunAsync(context, () => grain.SendMeMoAsync(actor, xml)).ConfigureAwait(false);
        return new SendMeMoPayload(DeliveryReport.From(delivery));
    }

    /// <summary>An authority recalls one of its messages held for its doNotDeliverUntilDate.</summary>
    public static async ValueTask<object?> RecallMessageAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var (authority, actor) = RequireAuthority(context);
        var recipientText = input.String("recipient");
        if (!MailboxId.TryParse(recipientText, out var recipient) || recipient.Kind == MailboxKind.Authority)
        {
            throw InputErrors.Invalid(context, "recipient", "expected cpr:<10 digits> or cvr:<8 digits>");
        }

        var messageUuid = input.Guid("messageUuid");
        var grain = Grains(context).AuthorityMailbox(authority);
        var recalled = await GatewayCalls.RunAsync(context, () => grain.RecallAsync(actor, recipient, messageUuid)).ConfigureAwait(false);
        return new RecallMessagePayload(recalled, input.OptionalString("clientMutationId"));
    }

    /// <summary>
    /// Municipality staff register an exemption for a citizen living in their municipality. A citizen of another
    /// municipality and an unknown CPR give the same NOT_FOUND.
    /// </summary>
    public static async ValueTask<object?> RegisterExemptionAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var (viewer, cpr) = await StaffCitizens.RequireAsync(context, "citizenCpr", input.String("citizenCpr")).ConfigureAwait(false);
        var request = new ExemptionRequest(
            input.Enum<ExemptionCriterion>("criterion"),
            input.Boolean("discloseCriterion"),
            input.Boolean("forwardUnopenedPostToPrint"),
            input.Has("exceptionSenders") ? input.Strings("exceptionSenders") : null);
        var mailbox = MailboxId.ForCitizen(cpr);
        var actor = viewer.ActorFor(mailbox);
        var grain = Grains(context).CitizenMailbox(cpr);
        var record = await GatewayCalls.RunAsync(context, () => grain.RegisterExemptionAsync(actor, request)).ConfigureAwait(false);
        return new RegisterExemptionPayload(record, input.OptionalString("clientMutationId"));
    }

    /// <summary>The agency gives an estate administrator read access to a deceased person's mailbox.</summary>
    public static async ValueTask<object?> GrantEstateAccessAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var viewer = context.Viewer();
        if (!viewer.IsAgency)
        {
            throw GatewayErrors.Forbidden(context);
        }

        var deceasedCheck = SettingsInputValidator.CheckCpr("deceasedCpr", input.String("deceasedCpr"), out var deceased);
        var administratorCheck = SettingsInputValidator.CheckCpr("administratorCpr", input.String("administratorCpr"), out var administrator);
        if ((deceasedCheck ?? administratorCheck) is { } check)
        {
            throw InputErrors.Invalid(context, check.Field, check.Problem);
        }

        if (deceased == administrator)
        {
            throw InputErrors.Invalid(context, "administratorCpr", "the administrator cannot be the deceased person");
        }

        var mailbox = MailboxId.ForCitizen(deceased);
        var actor = viewer.ActorFor(mailbox);
        var expiresAt = input.OptionalDateTime("expiresAt");
        var grain = Grains(context).CitizenMailbox(deceased);
        var grant = await GatewayCalls.RunAsync(context, () => grain.GrantEstateAccessAsync(actor, administrator, expiresAt)).ConfigureAwait(false);
        return new GrantPayload(new GrantView(mailbox, grant), input.OptionalString("clientMutationId"));
    }

    /// <summary>The viewer's authority, which must be an authority signed in as itself (the agency has no sending mailbox here).</summary>
    private static (AuthorityId Authority, ActorContext Actor) RequireAuthority(ResolverContext context)
    {
        var viewer = context.Viewer();
        if (viewer.Kind != ViewerKind.Authority || viewer.Subject is not AuthoritySubject subject)
        {
            throw GatewayErrors.Forbidden(context);
        }

        return (subject.Authority, viewer.ActorFor(MailboxId.ForAuthority(subject.Authority)));
    }

    private static IGrainFactory Grains(ResolverContext context) => context.Services.GetRequiredService<IGrainFactory>();
}
