using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Messages.Content;

/// <summary>
/// The runtime value of the schema's <c>File</c>: metadata only. <see cref="Index"/> is the file's position over all
/// documents (<see cref="MessageContentIndex.FileAt"/>), what its download link names.
/// </summary>
public sealed record FileView(MailboxId Mailbox, Guid MessageUuid, int Index, string Filename, string EncodingFormat, string Language, long SizeBytes)
{
    /// <inheritdoc />
    public override string ToString() => $"FileView({MessageUuid}, {Index})";
}
