using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Settings;

/// <summary>The gateway part for grants, notification settings, NemSMS, consents, exemption, registrations and the access log.</summary>
public sealed class SettingsGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(GrantNodes.Registration);
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<ExemptionCriterion>("ExemptionCriterion")
            .BindEnum<AccessAction>("AccessAction")
            .BindEnum<ActorKind>("ActorKind")
            .BindEnum<AccessLevel>("GrantLevel");

        schema
            .BindRuntimeType<GrantView>("Grant")
            .BindRuntimeType<NotificationSettings>("NotificationSettings")
            .BindRuntimeType<NemSmsStatus>("NemSmsStatus")
            .BindRuntimeType<ExemptionRecord>("Exemption")
            .BindRuntimeType<SenderConsent>("SenderConsent")
            .BindRuntimeType<SenderRegistration>("SenderRegistration")
            .BindRuntimeType<AccessLogEntry>("AccessLogEntry")
            .BindRuntimeType<AccessLogConnection>("AccessLogConnection")
            .BindRuntimeType<AccessLogEdge>("AccessLogEdge");

        schema.BindType("Mailbox", type => type
            .Field("notificationSettings", SettingsMailboxFields.NotificationSettingsAsync)
            .Field("nemSms", SettingsMailboxFields.NemSmsAsync)
            .Field("exemption", SettingsMailboxFields.ExemptionAsync)
            .Field("grantsGiven", SettingsMailboxFields.GrantsGivenAsync)
            .Field("consents", SettingsMailboxFields.ConsentsAsync)
            .Field("senderRegistrations", SettingsMailboxFields.SenderRegistrationsAsync)
            .Field("accessLog", SettingsMailboxFields.AccessLogAsync));

        schema.BindType("Exemption", type => type.Field("municipality", SettingsMailboxFields.ExemptionMunicipalityAsync));
        schema.BindType("SenderRegistration", type => type
            .Field("label", context => ((SenderRegistration)context.Parent!).SenderLabel)
            .Field("messageCount", context => SettingsValues.ClampToInt(((SenderRegistration)context.Parent!).MessageCount)));
        schema.BindType("AccessLogEntry", type => type
            .Field("actor", context => ((AccessLogEntry)context.Parent!).ActorId)
            .Field("onBehalf", context => ((AccessLogEntry)context.Parent!).OnBehalfOf is not null)
            .Field("platform", context => SettingsValues.KnownPlatform(((AccessLogEntry)context.Parent!).Platform))
            .Field("message", SettingsMailboxFields.AccessLogMessageAsync));

        schema.BindType("Mutation", type => type
            .Field("grantAccess", SettingsMutations.GrantAccessAsync)
            .Field("revokeAccess", SettingsMutations.RevokeAccessAsync)
            .Field("setDelegateNotifications", SettingsMutations.SetDelegateNotificationsAsync)
            .Field("updateNotificationSettings", SettingsMutations.UpdateNotificationSettingsAsync)
            .Field("registerNemSms", SettingsMutations.RegisterNemSmsAsync)
            .Field("unregisterNemSms", SettingsMutations.UnregisterNemSmsAsync)
            .Field("giveConsent", SettingsMutations.GiveConsentAsync)
            .Field("withdrawConsent", SettingsMutations.WithdrawConsentAsync)
            .Field("revokeExemption", SettingsMutations.RevokeExemptionAsync)
            .Field("declareMobileNumber", SettingsMutations.DeclareMobileNumberAsync));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
