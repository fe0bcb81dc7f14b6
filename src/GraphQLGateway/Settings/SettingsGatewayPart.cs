using DigitalPost.GraphQL.Types;
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
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        PendingFields.Bind(schema, "Mutation", "grantAccess", "revokeAccess", "setDelegateNotifications", "updateNotificationSettings", "registerNemSms", "unregisterNemSms", "giveConsent", "withdrawConsent", "revokeExemption", "declareMobileNumber");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
