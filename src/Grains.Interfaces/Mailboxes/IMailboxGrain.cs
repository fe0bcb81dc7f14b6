using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Runtime;

namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>
/// What every mailbox (citizen, business, authority) offers, keyed by <see cref="MailboxId.Value"/>.
/// Every action takes the <see cref="ActorContext"/> and is authorised against it; refused actions
/// throw <see cref="MailboxActionException"/> and store nothing.
/// </summary>
public interface IMailboxGrain : IGrainWithStringKey
{
    /// <summary>The profile (owner, delegates with access, and the agency).</summary>
    Task<MailboxProfile> GetProfileAsync(ActorContext actor);

    /// <summary>Offers a message from another mailbox: the delivery rules decide; idempotent per messageUUID.</summary>
    Task<DeliveryResult> DeliverAsync(DeliveryRequest request);

    /// <summary>Recalls a message held for its doNotDeliverUntilDate; false when it is no longer held.</summary>
    Task<bool> RecallHeldAsync(MailboxId sender, Guid messageUuid);

    /// <summary>A page of messages.</summary>
    Task<MessagePage> ListMessagesAsync(ActorContext actor, MessageQuery query);

    /// <summary>Opens a message: records the first read, serves a legal notification.</summary>
    Task<MessageDetail> OpenMessageAsync(ActorContext actor, Guid messageUuid);

    /// <summary>Marks a message unread again (the first read stays recorded).</summary>
    Task MarkUnreadAsync(ActorContext actor, Guid messageUuid);

    /// <summary>Marks a message read without opening it.</summary>
    Task MarkReadAsync(ActorContext actor, Guid messageUuid);

    /// <summary>Moves a message to a folder (not to deleted items: use <see cref="DeleteMessageAsync"/>).</summary>
    Task MoveMessageAsync(ActorContext actor, Guid messageUuid, string folderId);

    /// <summary>Moves a message to deleted items (owner only); purged 30 days later.</summary>
    Task DeleteMessageAsync(ActorContext actor, Guid messageUuid);

    /// <summary>Restores a message from deleted items to the folder it came from.</summary>
    Task RestoreMessageAsync(ActorContext actor, Guid messageUuid);

    /// <summary>Creates a user folder.</summary>
    Task<MailboxFolder> CreateFolderAsync(ActorContext actor, string name);

    /// <summary>Renames a user folder.</summary>
    Task RenameFolderAsync(ActorContext actor, string folderId, string name);

    /// <summary>Deletes a user folder; its messages go back to the inbox.</summary>
    Task DeleteFolderAsync(ActorContext actor, string folderId);

    /// <summary>Replies to a received message that allows replies, before its replyByDateTime.</summary>
    Task<SendResult> ReplyAsync(ActorContext actor, ReplyRequest request);

    /// <summary>Writes a new message to an authority's contact point.</summary>
    Task<SendResult> WriteToAuthorityAsync(ActorContext actor, NewMessage message);

    /// <summary>Forwards a message to another Digital Post recipient.</summary>
    Task<SendResult> ForwardAsync(ActorContext actor, ForwardRequest request);

    /// <summary>The authorities and companies this mailbox receives from.</summary>
    Task<IReadOnlyList<SenderRegistration>> ListRegistrationsAsync(ActorContext actor);

    /// <summary>Consents to post from a private sender (company).</summary>
    Task GiveConsentAsync(ActorContext actor, Cvr sender);

    /// <summary>Withdraws a consent.</summary>
    Task WithdrawConsentAsync(ActorContext actor, Cvr sender);

    /// <summary>Changes notification settings (owner only).</summary>
    Task UpdateNotificationSettingsAsync(ActorContext actor, NotificationSettings settings);

    /// <summary>The access log of this mailbox, newest first (owner only).</summary>
    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(ActorContext actor, int limit, long? beforeEntryId);

    /// <summary>Receipts for messages this mailbox sent, newest first; optionally of one message.</summary>
    Task<IReadOnlyList<Receipt>> ListReceiptsAsync(ActorContext actor, Guid? messageUuid, int limit);

    /// <summary>
    /// The mailbox's current <see cref="MailboxVersion"/>: it changes whenever the messages, the unread count or the
    /// folders may have changed (every published change, every open, every mass-send batch delivered here). Takes no actor
    /// because it reveals nothing but that something changed; the gateway's response cache asks it for the viewer's own
    /// mailbox only. Interleaves: it reads two values and never waits behind a running call.
    /// </summary>
    [AlwaysInterleave]
    ValueTask<MailboxVersion> GetVersionAsync();
}
