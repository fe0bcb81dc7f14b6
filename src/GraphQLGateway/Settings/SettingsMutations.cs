using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>
/// The settings mutations. Each checks the viewer's access to the mailbox first (NOT_FOUND when they cannot open it,
/// FORBIDDEN when they can but may not do this), checks the input naming the field at fault (VALIDATION), then calls the
/// grain with the viewer's actor; the grain authorises again and its refusals are translated by <see cref="GatewayCalls"/>.
/// </summary>
public static class SettingsMutations
{
    public static async ValueTask<object?> GrantAccessAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        RequireCitizenMailbox(context, mailbox, "a citizen's mailbox can be delegated; a company's people come from the registry");
        Throw(context, SettingsInputValidator.CheckCpr("delegateCpr", input.String("delegateCpr"), out var delegateCpr));
        var level = input.Enum<AccessLevel>("level");
        var expiresAt = input.OptionalDateTime("expiresAt");
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        var grant = await GatewayCalls.RunAsync(context, () => grain.GrantAccessAsync(actor, delegateCpr, level, expiresAt)).ConfigureAwait(false);
        return new GrantPayload(new GrantView(mailbox, grant), input.OptionalString("clientMutationId"));
    }

    /// <summary>
    /// The owner revokes any grant; a delegate gives up their own. Anyone else, including a delegate naming another
    /// person's grant, gets NOT_FOUND, exactly as for an unknown grant id: grants are visible to the owner only.
    /// </summary>
    public static async ValueTask<object?> RevokeAccessAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var viewer = context.Viewer();
        var grantId = input.String("grantId");
        var (mailbox, grant) = GlobalId.ParseGrant(context, grantId);
        var level = await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox).ConfigureAwait(false);
        if (mailbox.Kind != MailboxKind.Citizen)
        {
            throw GatewayErrors.Inaccessible(context);
        }

        var actor = viewer.ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        try
        {
            await GatewayCalls.RunAsync(context, () => grain.RevokeGrantAsync(actor, grant)).ConfigureAwait(false);
        }
        catch (GraphQLException refused) when (level != AccessLevel.Owner && refused.Code == GatewayErrorCodes.Forbidden)
        {
            throw GatewayErrors.Inaccessible(context);
        }

        return new RevokeAccessPayload(grantId, input.OptionalString("clientMutationId"));
    }

    /// <summary>A delegate (not the owner: FORBIDDEN) opts in or out of new-post notifications for a mailbox they can open.</summary>
    public static async ValueTask<object?> SetDelegateNotificationsAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Read).ConfigureAwait(false);
        if (mailbox.Kind != MailboxKind.Citizen)
        {
            throw GatewayErrors.Forbidden(context);
        }

        var notify = input.Boolean("notify");
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        await GatewayCalls.RunAsync(context, () => grain.SetDelegateNotificationsAsync(actor, notify)).ConfigureAwait(false);
        return MailboxPayloadOf(mailbox, input);
    }

    public static async ValueTask<object?> UpdateNotificationSettingsAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        var settings = new NotificationSettings(input.Strings("emails"), input.Strings("phoneNumbers"), input.Strings("pushDevices"));
        Throw(context, SettingsInputValidator.CheckNotificationSettings(settings));
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).Mailbox(mailbox);
        await GatewayCalls.RunAsync(context, () => grain.UpdateNotificationSettingsAsync(actor, settings)).ConfigureAwait(false);
        // Read back what the grain stored (normalised), not a profile cached earlier in this request.
        var stored = await GatewayCalls.RunAsync(context, () => grain.GetProfileAsync(actor)).ConfigureAwait(false);
        return new NotificationSettingsPayload(stored.Notifications, input.OptionalString("clientMutationId"));
    }

    public static async ValueTask<object?> RegisterNemSmsAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        RequireCitizenMailbox(context, mailbox, "NemSMS is for citizens' mailboxes");
        Throw(context, SettingsInputValidator.CheckPhoneNumber("phoneNumber", input.String("phoneNumber"), out var number));
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        var registration = await GatewayCalls.RunAsync(context, () => grain.RegisterNemSmsAsync(actor, number.Value)).ConfigureAwait(false);
        return new NemSmsPayload(NemSmsStatus.Of(registration), input.OptionalString("clientMutationId"));
    }

    public static async ValueTask<object?> UnregisterNemSmsAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        RequireCitizenMailbox(context, mailbox, "NemSMS is for citizens' mailboxes");
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        await GatewayCalls.RunAsync(context, () => grain.UnregisterNemSmsAsync(actor)).ConfigureAwait(false);
        return new NemSmsPayload(NemSmsStatus.None, input.OptionalString("clientMutationId"));
    }

    public static ValueTask<object?> GiveConsentAsync(ResolverContext context) => ConsentAsync(context, give: true);

    public static ValueTask<object?> WithdrawConsentAsync(ResolverContext context) => ConsentAsync(context, give: false);

    /// <summary>The citizen (not a delegate: FORBIDDEN) revokes their exemption; VALIDATION when there is none.</summary>
    public static async ValueTask<object?> RevokeExemptionAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        RequireCitizenMailbox(context, mailbox, "only a citizen can be exempt");
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).GetGrain<ICitizenMailboxGrain>(mailbox.Value);
        await GatewayCalls.RunAsync(context, () => grain.RevokeExemptionAsync(actor)).ConfigureAwait(false);
        return MailboxPayloadOf(mailbox, input);
    }

    /// <summary>
    /// A citizen declares a mobile number their own; it is removed from every other person's NemSMS registration and
    /// notification settings. Only a citizen signed in as themselves may (a company representative, an authority, staff and
    /// the agency get FORBIDDEN: the declaration is a person's own act).
    /// </summary>
    public static async ValueTask<object?> DeclareMobileNumberAsync(ResolverContext context)
    {
        var input = InputObject.From(context);
        var viewer = context.Viewer();
        if (viewer.Kind != ViewerKind.Citizen || viewer.PersonCpr is not { } owner)
        {
            throw GatewayErrors.Forbidden(context);
        }

        Throw(context, SettingsInputValidator.CheckPhoneNumber("phoneNumber", input.String("phoneNumber"), out var number));
        var ownership = context.Services.GetRequiredService<IMobileNumberOwnership>();
        MobileNumberDeclarationResult result;
        try
        {
            result = await ownership.DeclareAsync(owner, number.Value, context.CancellationToken).ConfigureAwait(false);
        }
        catch (NotificationAddressException refused)
        {
            throw InputErrors.Invalid(context, "phoneNumber", refused.Message);
        }

        return new DeclareMobileNumberPayload(result.Number.Value, result.ReleasedFrom.Count, input.OptionalString("clientMutationId"));
    }

    private static async ValueTask<object?> ConsentAsync(ResolverContext context, bool give)
    {
        var input = InputObject.From(context);
        var mailbox = await RequireAsync(context, input.String("mailboxId"), AccessLevel.Owner).ConfigureAwait(false);
        Throw(context, SettingsInputValidator.CheckCvr("senderCvr", input.String("senderCvr"), out var sender));
        var actor = context.Viewer().ActorFor(mailbox);
        var grain = SettingsMailboxFields.Grains(context).Mailbox(mailbox);
        await GatewayCalls.RunAsync(context, () => give ? grain.GiveConsentAsync(actor, sender) : grain.WithdrawConsentAsync(actor, sender)).ConfigureAwait(false);
        return MailboxPayloadOf(mailbox, input);
    }

    /// <summary>The mailbox of a global id the viewer can open with at least <paramref name="minimum"/> access.</summary>
    private static async ValueTask<MailboxId> RequireAsync(ResolverContext context, string mailboxId, AccessLevel minimum)
    {
        // Signed-in first: an anonymous caller learns nothing about ids, not even whether one is well-formed.
        _ = context.Viewer();
        var mailbox = GlobalId.ParseMailbox(context, mailboxId);
        await context.Services.GetRequiredService<MailboxAccessResolver>().RequireAsync(context, mailbox, minimum).ConfigureAwait(false);
        return mailbox;
    }

    private static void RequireCitizenMailbox(ResolverContext context, MailboxId mailbox, string why)
    {
        if (mailbox.Kind != MailboxKind.Citizen)
        {
            throw InputErrors.Invalid(context, "mailboxId", why);
        }
    }

    private static void Throw(ResolverContext context, InputCheck? check)
    {
        if (check is not null)
        {
            throw InputErrors.Invalid(context, check.Field, check.Problem);
        }
    }

    private static MailboxPayload MailboxPayloadOf(MailboxId mailbox, InputObject input) =>
        new(new MailboxNode(mailbox), input.OptionalString("clientMutationId"));
}
