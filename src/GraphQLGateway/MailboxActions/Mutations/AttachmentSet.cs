using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.MailboxActions.Mutations;

/// <summary>The attachments of a send and the stored uploads they came from.</summary>
internal sealed record AttachmentSet(IReadOnlyList<Attachment> Attachments, IReadOnlyList<Guid> StoredUploads);
