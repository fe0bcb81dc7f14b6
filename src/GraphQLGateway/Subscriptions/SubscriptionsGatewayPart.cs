using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>The gateway part for live mailbox and receipt events (docs/live-sync.md).</summary>
public sealed class SubscriptionsGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SubscriptionOptions>().Bind(configuration.GetSection(SubscriptionOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MailboxEventSource>();
        services.TryAddSingleton<ReceiptEventSource>();
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<MailboxEventKind>("MailboxEventKind")
            .BindRuntimeType<MailboxEventView>("MailboxEvent");

        schema
            .BindSubscription("Subscription", "mailboxEvents", context => context.Service<MailboxEventSource>().SubscribeAsync(context))
            .BindResolver("Subscription", "mailboxEvents", MailboxEventFields.Root)
            .BindSubscription("Subscription", "receiptEvents", context => context.Service<ReceiptEventSource>().SubscribeAsync(context))
            .BindResolver("Subscription", "receiptEvents", MailboxEventFields.Root);

        schema.BindType("MailboxEvent", type => type
            .Field("kind", MailboxEventFields.Kind)
            .Field("mailbox", MailboxEventFields.Mailbox)
            .Field("message", MailboxEventFields.MessageAsync)
            .Field("messageId", MailboxEventFields.MessageId)
            .Field("folderId", MailboxEventFields.FolderId)
            .Field("at", MailboxEventFields.At)
            .Field("platform", MailboxEventFields.Platform));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
