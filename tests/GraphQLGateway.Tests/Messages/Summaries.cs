using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;

namespace DigitalPost.GraphQLGateway.Tests.Messages;

/// <summary>Message summaries built in code for the gateway's message tests.</summary>
internal static class Summaries
{
    public static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static MessageSummary Create(
        string label = "Brev",
        Guid? uuid = null,
        MessageDirection direction = MessageDirection.Received,
        string folderId = SystemFolders.Inbox,
        string senderId = "authority:aalborg-kommune",
        SenderKind senderKind = SenderKind.Authority,
        DateTimeOffset? firstReadAt = null,
        string? firstReadBy = null,
        Platform? firstReadPlatform = null,
        Platform? privatePlatform = null) =>
        new(
            uuid ?? Guid.NewGuid(),
            direction,
            folderId,
            senderId,
            "Aalborg Kommune",
            "cpr:0101901234",
            label,
            Received,
            firstReadAt is null,
            firstReadAt,
            firstReadBy,
            firstReadPlatform,
            false,
            null,
            false,
            null,
            null,
            privatePlatform,
            Guid.NewGuid(),
            1024,
            1,
            senderKind);
}
