using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using DomainMailboxKind = DigitalPost.Grains.Interfaces.Identity.MailboxKind;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The gateway part for the viewer, node(id:), mailbox(id:), global ids and access resolution.</summary>
public sealed class CoreGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName));
        services.TryAddSingleton<GatewayViewerFactory>();
        services.TryAddSingleton<MailboxAccessResolver>();
        services.TryAddSingleton<NodeRegistry>();
        services.AddSingleton(CoreNodes.Mailbox);
        services.AddSingleton(CoreNodes.Folder);
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);

        // The enums declared in Core.graphql; names match by SCREAMING_CASE (BORGER_DK <-> BorgerDk).
        schema
            .BindEnum<Platform>("Platform")
            .BindEnum<ViewerKind>("ViewerKind")
            .BindEnum<AccessLevel>("AccessLevel")
            .BindEnum<GrantKind>("GrantKind")
            .BindEnum<DomainMailboxKind>("MailboxKind")
            .BindEnum<MailboxStatus>("MailboxStatus");

        schema
            .BindRuntimeType<GatewayViewer>("Viewer")
            .BindRuntimeType<OpenableMailbox>("OpenableMailbox")
            .BindRuntimeType<ReceivedGrantView>("ReceivedGrant")
            .BindRuntimeType<MailboxNode>("Mailbox")
            .BindRuntimeType<FolderNode>("Folder");

        schema.BindType("Query", type => type
            .Field("viewer", CoreQueryFields.Viewer)
            .Field("node", CoreQueryFields.NodeAsync)
            .Field("nodes", CoreQueryFields.NodesAsync)
            .Field("mailbox", CoreQueryFields.MailboxAsync));

        schema.BindType("Viewer", type => type
            .Field("kind", ViewerFields.Kind)
            .Field("platform", ViewerFields.Platform)
            .Field("displayId", ViewerFields.DisplayId)
            .Field("mailbox", ViewerFields.Mailbox)
            .Field("openableMailboxes", ViewerFields.OpenableMailboxesAsync)
            .Field("grantsReceived", ViewerFields.GrantsReceivedAsync)
            .Field("authority", ViewerFields.AuthorityAsync));

        schema.BindType("OpenableMailbox", type => type
            .Field("mailbox", ViewerFields.OpenableMailbox)
            .Field("access", ViewerFields.OpenableAccess)
            .Field("grantKind", ViewerFields.OpenableGrantKind)
            .Field("own", ViewerFields.OpenableOwn)
            .Field("expiresAt", ViewerFields.OpenableExpiresAt));

        schema.BindType("ReceivedGrant", type => type
            .Field("mailbox", ViewerFields.ReceivedMailbox)
            .Field("level", ViewerFields.ReceivedLevel)
            .Field("kind", ViewerFields.ReceivedKind)
            .Field("expiresAt", ViewerFields.ReceivedExpiresAt)
            .Field("notify", ViewerFields.ReceivedNotify)
            .Field("grantId", ViewerFields.ReceivedGrantId));

        schema.BindType("Mailbox", type => type
            .Field("id", MailboxFields.Id)
            .Field("kind", MailboxFields.Kind)
            .Field("address", MailboxFields.Address)
            .Field("displayAddress", MailboxFields.DisplayAddress)
            .Field("access", MailboxFields.AccessAsync)
            .Field("status", MailboxFields.StatusAsync)
            .Field("unreadCount", MailboxFields.UnreadCountAsync)
            .Field("folders", MailboxFields.FoldersAsync)
            .Field("folder", MailboxFields.FolderAsync)
            .Field("counters", MailboxFields.CountersAsync));

        schema.BindType("Folder", type => type
            .Field("id", MailboxFields.FolderId)
            .Field("folderId", MailboxFields.FolderLocalId)
            .Field("name", MailboxFields.FolderName)
            .Field("system", MailboxFields.FolderSystem)
            .Field("mailbox", MailboxFields.FolderMailbox));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
