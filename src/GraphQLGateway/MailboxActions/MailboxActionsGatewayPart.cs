using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.MailboxActions;

/// <summary>The gateway part for message and folder mutations, replies, new messages, forwards and uploads.</summary>
public sealed class MailboxActionsGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        PendingFields.BindUploadScalar(schema);
        PendingFields.Bind(schema, "Mutation", "markMessageRead", "markMessageUnread", "moveMessage", "deleteMessage", "restoreMessage", "createFolder", "renameFolder", "deleteFolder", "replyToMessage", "sendMessageToAuthority", "forwardMessage");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
