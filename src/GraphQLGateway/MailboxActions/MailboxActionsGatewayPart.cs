using DigitalPost.GraphQL.Transport;
using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.GraphQLGateway.MailboxActions.Mutations;
using DigitalPost.GraphQLGateway.MailboxActions.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.GraphQLGateway.MailboxActions;

/// <summary>
/// The gateway part for message and folder mutations, replies, new messages to authorities, forwards and uploads:
/// the <c>Upload</c> scalar, GraphQL multipart requests on <c>POST /graphql</c> (<see cref="GraphQLMultipartRequestReader"/>,
/// plugged into the transport as an <see cref="IGraphQLHttpRequestReader"/> service) and <c>POST /graphql/uploads</c>.
/// Limits: <see cref="MutationOptions"/> (<c>Gateway:Mutations</c>) and <see cref="UploadOptions"/> (<c>Gateway:Uploads</c>).
/// </summary>
public sealed class MailboxActionsGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MutationOptions>().Bind(configuration.GetSection(MutationOptions.SectionName));
        services.AddOptions<UploadOptions>().Bind(configuration.GetSection(UploadOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UploadTempStorage>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<UploadEndpoint>();
        services.AddSingleton<IGraphQLHttpRequestReader, GraphQLMultipartRequestReader>();
        services.AddHostedService<UploadSweeper>();
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .AddScalar(UploadScalar.Create())
            .BindEnum<DeliveryOutcome>("DeliveryOutcome")
            .BindRuntimeType<MessagePayload>("MessagePayload")
            .BindRuntimeType<FolderPayload>("FolderPayload")
            .BindRuntimeType<DeleteFolderPayload>("DeleteFolderPayload")
            .BindRuntimeType<SendMessagePayload>("SendMessagePayload")
            .BindRuntimeType<DeliveryReport>("DeliveryReport")
            .BindType("Mutation", mutation => mutation
                .Field("markMessageRead", MessageActionMutations.MarkReadAsync)
                .Field("markMessageUnread", MessageActionMutations.MarkUnreadAsync)
                .Field("moveMessage", MessageActionMutations.MoveAsync)
                .Field("deleteMessage", MessageActionMutations.DeleteAsync)
                .Field("restoreMessage", MessageActionMutations.RestoreAsync)
                .Field("createFolder", FolderMutations.CreateAsync)
                .Field("renameFolder", FolderMutations.RenameAsync)
                .Field("deleteFolder", FolderMutations.DeleteAsync)
                .Field("replyToMessage", SendMutations.ReplyAsync)
                .Field("sendMessageToAuthority", SendMutations.SendToAuthorityAsync)
                .Field("forwardMessage", SendMutations.ForwardAsync));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(UploadEndpoint.Path, (HttpContext context) => context.RequestServices.GetRequiredService<UploadEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL uploads");
    }
}
