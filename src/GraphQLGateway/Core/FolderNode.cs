using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The runtime value of the schema's <c>Folder</c> type: a folder of one mailbox.</summary>
/// <param name="Mailbox">The mailbox the folder belongs to.</param>
/// <param name="Folder">The folder as the mailbox's profile lists it.</param>
public sealed record FolderNode(MailboxId Mailbox, MailboxFolder Folder)
{
    /// <summary>The global id.</summary>
    public string Id => GlobalId.Folder(Mailbox, Folder.FolderId);

    /// <inheritdoc />
    public override string ToString() => $"FolderNode({Mailbox.Masked}, {Folder.FolderId})";
}
