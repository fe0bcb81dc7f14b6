using DigitalPost.GraphQLGateway.Core;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The runtime value of <c>DeleteFolderPayload</c>.</summary>
public sealed record DeleteFolderPayload(string DeletedFolderId, MailboxNode Mailbox, string? ClientMutationId);
