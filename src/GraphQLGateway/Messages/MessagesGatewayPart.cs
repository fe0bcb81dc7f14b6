using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Messages.Content;
using DigitalPost.GraphQLGateway.Messages.Files;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DigitalPost.GraphQLGateway.Messages;

/// <summary>
/// The gateway part for reading messages: <c>Mailbox.messages</c> (Relay connection, both directions, filters),
/// <c>Query.message</c> and <c>Message</c> nodes, the message fields (first read, thread, receipts), <c>content</c>
/// (opening: first read, legal service; documents, files, actions), and the file and calendar download endpoints.
/// </summary>
public sealed class MessagesGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MessagesGatewayOptions>()
            .Bind(configuration.GetSection(MessagesGatewayOptions.SectionName))
            .Validate(o => o.DefaultPageSize is >= 1 and <= 100, "Gateway:Messages:DefaultPageSize must lie between 1 and 100.")
            .Validate(o => o.MaxThreadMessages is >= 1 and <= 200, "Gateway:Messages:MaxThreadMessages must lie between 1 and 200.")
            .Validate(o => o.MaxReceipts >= 1, "Gateway:Messages:MaxReceipts must be positive.")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Gateway:Messages:LinkLifetime must be positive.")
            .Validate(o => o.FilesPath.StartsWith('/') && o.CalendarPath.StartsWith('/'), "Gateway:Messages:FilesPath and CalendarPath must start with '/'.");
        services.AddSingleton(sp => MessageLinkProtector.FromConfiguredKey(sp.GetRequiredService<IOptions<MessagesGatewayOptions>>().Value.LinkKey));
        services.AddSingleton(sp => new MessageLinks(
            sp.GetRequiredService<MessageLinkProtector>(),
            sp.GetRequiredService<IOptions<MessagesGatewayOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(new NodeRegistration(GlobalId.MessageType, MessageFields.ResolveNodeAsync));
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<MessageDirection>("MessageDirection")
            .BindEnum<SenderKind>("SenderKind")
            .BindEnum<MeMoActionCode>("ActionCode")
            .BindRuntimeType<MessageNode>("Message");

        schema.BindResolver("Query", "message", MessageFields.MessageByIdAsync);
        schema.BindResolver("Mailbox", "messages", MailboxMessagesField.ResolveAsync);

        schema.BindType("Message", type => type
            .Field("id", context => ((MessageNode)context.Parent!).Id)
            .Field("messageUuid", context => ((MessageNode)context.Parent!).Summary.MessageUuid)
            .Field("mailbox", context => new MailboxNode(((MessageNode)context.Parent!).Mailbox))
            .Field("direction", context => ((MessageNode)context.Parent!).Summary.Direction)
            .Field("folder", FolderLookup.ResolveAsync)
            .Field("sender", context => MessageFields.Sender(((MessageNode)context.Parent!).Summary))
            .Field("recipient", context => ((MessageNode)context.Parent!).Summary.RecipientId)
            .Field("label", context => ((MessageNode)context.Parent!).Summary.Label)
            .Field("receivedAt", context => ((MessageNode)context.Parent!).Summary.ReceivedAt)
            .Field("unread", context => MessageFields.Box(((MessageNode)context.Parent!).Summary.Unread))
            .Field("firstRead", context =>
            {
                var node = (MessageNode)context.Parent!;
                return MessageFields.FirstRead(node.Mailbox, node.Summary);
            })
            .Field("legalNotification", context => MessageFields.Box(((MessageNode)context.Parent!).Summary.LegalNotification))
            .Field("servedAt", context => ((MessageNode)context.Parent!).Summary.ServedAt)
            .Field("replyAllowed", context => MessageFields.Box(((MessageNode)context.Parent!).Summary.ReplyAllowed))
            .Field("replyBy", context => ((MessageNode)context.Parent!).Summary.ReplyBy)
            .Field("deletedAt", context => ((MessageNode)context.Parent!).Summary.DeletedAt)
            .Field("privatePlatform", context => MessageFields.PrivatePlatform(((MessageNode)context.Parent!).Summary))
            .Field("sizeBytes", context => ((MessageNode)context.Parent!).Summary.SizeBytes)
            .Field("fileCount", context => ((MessageNode)context.Parent!).Summary.FileCount)
            .Field("thread", MessageFields.ThreadAsync)
            .Field("content", MessageFields.ContentAsync)
            .Field("receipts", MessageFields.ReceiptsAsync));

        schema.BindResolver("MessageContent", "inReplyTo", MessageFields.InReplyToAsync);
        schema.BindResolver("File", "downloadUrl", context => context.Service<MessageLinks>().FileUrl(context, (FileView)context.Parent!));
        schema.BindResolver("Action", "calendarUrl", context => context.Service<MessageLinks>().CalendarUrl(context, (ActionView)context.Parent!));
        schema.BindResolver("Action", "code", context => ((ActionView)context.Parent!).Code);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => MessageFileEndpoints.Map(endpoints);
}
