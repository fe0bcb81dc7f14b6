using DigitalPost.GraphQLGateway.Administration;
using DigitalPost.GraphQLGateway.Authorities;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.MailboxActions;
using DigitalPost.GraphQLGateway.MassSend;
using DigitalPost.GraphQLGateway.Messages;
using DigitalPost.GraphQLGateway.Settings;
using DigitalPost.GraphQLGateway.Subscriptions;

namespace DigitalPost.GraphQLGateway.Composition;

/// <summary>Every part of the gateway, in binding order.</summary>
public static class GatewayParts
{
    /// <summary>A fresh instance of each part.</summary>
    public static IReadOnlyList<IGatewayPart> Create() =>
    [
        new CoreGatewayPart(),
        new AuthoritiesGatewayPart(),
        new MessagesGatewayPart(),
        new MailboxActionsGatewayPart(),
        new SettingsGatewayPart(),
        new AdministrationGatewayPart(),
        new SubscriptionsGatewayPart(),
        new MassSendGatewayPart(),
    ];
}
