using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The runtime value of <c>FolderPayload</c>.</summary>
public sealed record FolderPayload(FolderNode Folder, string? ClientMutationId);
