using DigitalPost.Grains.AccessLog;
using DigitalPost.Grains.Interfaces.AccessLog;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Notifications;
using Npgsql;

namespace DigitalPost.Grains.Mailboxes;

public abstract partial class MailboxGrainBase
{
    public async Task<MailboxProfile> GetProfileAsync(ActorContext actor)
    {
        var level = actor.Kind == ActorKind.Agency ? AccessLevel.Owner : Require(actor, AccessLevel.Read, "see the profile");
        var owner = level == AccessLevel.Owner;
        var unread = await CountUnreadCachedAsync();
        return new MailboxProfile(
            Id,
            CurrentStatus,
            State.Residence,
            State.VoluntarilyRegistered,
            State.Exemption,
            owner ? State.Grants.ToList() : [],
            owner ? State.Notifications : NotificationSettings.None,
            owner ? State.NemSms : null,
            State.Consents.ToList(),
            [.. SystemFolders.All, .. State.UserFolders],
            State.Counters,
            State.DeceasedAt,
            unread);
    }

    public Task<MessagePage> ListMessagesAsync(ActorContext actor, MessageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Require(actor, AccessLevel.Read, "list messages");
        return ListCachedAsync(query, PlatformFamily(actor.Platform));
    }

    public async Task<MessageDetail> OpenMessageAsync(ActorContext actor, Guid messageUuid)
    {
        Require(actor, AccessLevel.Read, "open messages");
        var stored = await LoadAsync(actor, messageUuid);
        var now = StoredNow();
        var summary = stored.Summary;

        // Opening an already read message changes nothing but the access log: no row update (no dead tuple, less
        // WAL) and the cached inbox pages and version stay valid.
        var marks = summary.Unread || summary.FirstReadAt is null;
        var commands = new List<NpgsqlBatchCommand>(4);
        if (marks)
        {
            commands.Add(MessageCommands.MarkRead(Key, messageUuid, now, actor.ActorId, actor.Platform));
        }

        commands.Add(AccessLogStore.AppendCommand(Key, now, actor, AccessAction.Read, messageUuid, null));
        // One synchronous commit: the access-log entry is durable before the content leaves the grain
        // (docs/decisions.md, "Opening a message during a mass send").
        var served = AddServe(actor, stored, commands, now);
        await Services.Database.ExecuteAsync(commands);
        if (marks || served)
        {
            InvalidateInboxCache(); // opening changes the row without an event when the message was already read
        }

        var data = await Services.Messages.GetContentAsync(stored.ContentSha256);
        var message = MessageContentCodec.Decode(data, messageUuid, summary.RecipientId, stored.RecipientLabel);
        if (summary.Unread)
        {
            await PublishAsync(MailboxEventKind.Read, messageUuid, summary.FolderId, actor.Platform);
        }

        await PublishServedAsync(served, actor, messageUuid);

        // The row as the batch left it, without reading it back: only this grain changes its messages' read and
        // served columns, and the values are the ones just written (the COALESCEs keep a first read).
        var opened = summary with
        {
            Unread = false,
            FirstReadAt = summary.FirstReadAt ?? now,
            FirstReadBy = summary.FirstReadAt is null ? actor.ActorId : summary.FirstReadBy,
            FirstReadPlatform = summary.FirstReadAt is null ? actor.Platform : summary.FirstReadPlatform,
            ServedAt = served ? now : summary.ServedAt,
        };
        return new MessageDetail(opened, message);
    }

    /// <summary>Now at PostgreSQL's precision (microseconds), so a value kept in memory equals the one read back.</summary>
    private DateTimeOffset StoredNow()
    {
        var now = Now;
        return now.AddTicks(-(now.Ticks % 10));
    }

    public async Task MarkReadAsync(ActorContext actor, Guid messageUuid)
    {
        Require(actor, AccessLevel.Read, "mark messages read");
        var stored = await LoadAsync(actor, messageUuid);
        await Services.Database.ExecuteAsync([MessageCommands.MarkRead(Key, messageUuid, Now, actor.ActorId, actor.Platform), Log(actor, AccessAction.Read, messageUuid, "marked read")]);
        await PublishAsync(MailboxEventKind.Read, messageUuid, stored.Summary.FolderId, actor.Platform);
    }

    public async Task MarkUnreadAsync(ActorContext actor, Guid messageUuid)
    {
        Require(actor, AccessLevel.Read, "mark messages unread");
        var stored = await LoadAsync(actor, messageUuid);
        await Services.Database.ExecuteAsync([MessageCommands.MarkUnread(Key, messageUuid), Log(actor, AccessAction.MarkUnread, messageUuid)]);
        await PublishAsync(MailboxEventKind.MarkedUnread, messageUuid, stored.Summary.FolderId, actor.Platform);
    }

    public async Task MoveMessageAsync(ActorContext actor, Guid messageUuid, string folderId)
    {
        Require(actor, AccessLevel.Read, "move messages");
        if (folderId == SystemFolders.Deleted)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidFolder, "Use delete to move a message to deleted items.");
        }

        if (!FolderExists(folderId))
        {
            throw new MailboxActionException(MailboxErrorCode.FolderNotFound, $"There is no folder '{folderId}' in this mailbox.");
        }

        var stored = await LoadAsync(actor, messageUuid);
        if (stored.Summary.FolderId == SystemFolders.Deleted)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidFolder, "Restore a deleted message before moving it.");
        }

        var commands = new List<NpgsqlBatchCommand> { MessageCommands.Move(Key, messageUuid, folderId), Log(actor, AccessAction.Move, messageUuid, folderId) };
        var served = AddServe(actor, stored, commands, Now);
        await Services.Database.ExecuteAsync(commands);
        await PublishAsync(MailboxEventKind.Moved, messageUuid, folderId, actor.Platform);
        await PublishServedAsync(served, actor, messageUuid);
    }

    public async Task DeleteMessageAsync(ActorContext actor, Guid messageUuid)
    {
        Require(actor, AccessLevel.Owner, "delete messages");
        var stored = await LoadAsync(actor, messageUuid);
        if (stored.Summary.FolderId == SystemFolders.Deleted)
        {
            return;
        }

        var now = Now;
        var commands = new List<NpgsqlBatchCommand> { MessageCommands.Delete(Key, messageUuid, now), Log(actor, AccessAction.Delete, messageUuid) };
        var served = AddServe(actor, stored, commands, now);
        await Services.Database.ExecuteAsync(commands);
        if (await GetReminder(PurgeDeletedReminder) is null)
        {
            await ScheduleAsync(PurgeDeletedReminder, now + Services.Options.DeletedRetention);
        }

        await PublishAsync(MailboxEventKind.Deleted, messageUuid, SystemFolders.Deleted, actor.Platform);
        await PublishServedAsync(served, actor, messageUuid);
    }

    public async Task RestoreMessageAsync(ActorContext actor, Guid messageUuid)
    {
        Require(actor, AccessLevel.Owner, "restore messages");
        var stored = await LoadAsync(actor, messageUuid);
        if (stored.Summary.FolderId != SystemFolders.Deleted)
        {
            throw new MailboxActionException(MailboxErrorCode.InvalidFolder, "The message is not in deleted items.");
        }

        await Services.Database.ExecuteAsync([MessageCommands.Restore(Key, messageUuid), Log(actor, AccessAction.Restore, messageUuid)]);
        var restored = await Services.Messages.GetMessageAsync(Key, messageUuid);
        await PublishAsync(MailboxEventKind.Restored, messageUuid, restored?.Summary.FolderId, actor.Platform);
    }

    /// <summary>Deletes messages that have been in deleted items for the retention period; reschedules for the next.</summary>
    protected async Task PurgeDeletedAsync()
    {
        var cutoff = Now - Services.Options.DeletedRetention;
        await Services.Database.ExecuteAsync([MessageCommands.PurgeDeleted(Key, cutoff), Log(ActorContext.System(), AccessAction.Purged, null, "deleted items past retention")]);
        await PublishAsync(MailboxEventKind.Purged, null, SystemFolders.Deleted, Platform.Internal);
        if (await Services.Messages.EarliestDeletedAtAsync(Key) is { } next)
        {
            await ScheduleAsync(PurgeDeletedReminder, next + Services.Options.DeletedRetention);
        }
    }

    public async Task<IReadOnlyList<SenderRegistration>> ListRegistrationsAsync(ActorContext actor)
    {
        Require(actor, AccessLevel.Read, "see registrations");
        var consents = State.Consents.Select(c => c.SenderCvr).ToHashSet(StringComparer.Ordinal);
        var senders = await Services.Messages.ListSendersAsync(Key, consents);
        var known = senders.Select(s => s.SenderId).ToHashSet(StringComparer.Ordinal);

        // Consented companies that have not sent anything yet are registrations too.
        foreach (var consent in State.Consents)
        {
            var id = "cvr:" + consent.SenderCvr;
            if (!known.Contains(id))
            {
                senders.Add(new SenderRegistration(id, id, SenderKind.Company, 0, consent.GivenAt, true));
            }
        }

        return senders;
    }

    public async Task GiveConsentAsync(ActorContext actor, Interfaces.Identity.Cvr sender)
    {
        Require(actor, AccessLevel.Owner, "give consents");
        if (State.Consents.Any(c => c.SenderCvr == sender.Value))
        {
            return;
        }

        State.Consents.Add(new SenderConsent(sender.Value, Now));
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.ConsentGiven, null, "cvr:" + sender.Value)]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    public async Task WithdrawConsentAsync(ActorContext actor, Interfaces.Identity.Cvr sender)
    {
        Require(actor, AccessLevel.Owner, "withdraw consents");
        if (State.Consents.RemoveAll(c => c.SenderCvr == sender.Value) == 0)
        {
            return;
        }

        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.ConsentWithdrawn, null, "cvr:" + sender.Value)]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    public async Task UpdateNotificationSettingsAsync(ActorContext actor, NotificationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Require(actor, AccessLevel.Owner, "change settings");
        if (GrantOf(actor) is not null)
        {
            throw new MailboxActionException(MailboxErrorCode.NotAuthorised, "Delegates may never change settings.");
        }

        // Checked and made canonical before anything is stored: a foreign SMS number or a malformed
        // address is refused with the validator's message and the stored settings stay as they were.
        var normalised = NormaliseAddresses(() => NotificationSettingsValidator.Normalise(settings));
        State.Notifications = normalised;
        await SaveAsync();
        await Services.Database.ExecuteAsync([Log(actor, AccessAction.SettingChanged, null, "notifications")]);
        await Services.MobileNumbers.ReplaceAsync(Id, MobileNumberPurpose.Notification, [.. normalised.PhoneNumbers.Select(DanishMobileNumber.Parse)]);
        await PublishAsync(MailboxEventKind.SettingsChanged, null, null, actor.Platform);
    }

    /// <summary>Runs a notifications normaliser, turning its address error into a refused mailbox action with the same message.</summary>
    protected static T NormaliseAddresses<T>(Func<T> normalise)
    {
        ArgumentNullException.ThrowIfNull(normalise);
        try
        {
            return normalise();
        }
        catch (NotificationAddressException ex)
        {
            // The (message, inner) constructor carries MailboxErrorCode.InvalidRequest.
            throw new MailboxActionException(ex.Message, ex);
        }
    }

    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(ActorContext actor, int limit, long? beforeEntryId)
    {
        if (actor.Kind != ActorKind.Agency)
        {
            Require(actor, AccessLevel.Owner, "read the access log");
        }

        return await Services.AccessLog.ReadAsync(Key, limit, beforeEntryId);
    }

    public async Task<IReadOnlyList<Interfaces.Receipts.Receipt>> ListReceiptsAsync(ActorContext actor, Guid? messageUuid, int limit)
    {
        Require(actor, AccessLevel.ReadWrite, "see receipts");
        return await Services.Receipts.ListAsync(Key, messageUuid, limit);
    }

    /// <summary>Loads a message this actor may see (private post only on its platform), or throws not found.</summary>
    protected async Task<StoredMessage> LoadAsync(ActorContext actor, Guid messageUuid)
    {
        var stored = await Services.Messages.GetMessageAsync(Key, messageUuid);
        if (stored is null
            || (stored.Summary.PrivatePlatform is { } only && PlatformFamily(actor.Platform) is { } family && family != only))
        {
            throw new MailboxActionException(MailboxErrorCode.MessageNotFound, $"There is no message {messageUuid} in this mailbox.");
        }

        return stored;
    }

    /// <summary>
    /// Adds the legal-service statement (served time once, COMPLETED receipt) when the owner or a
    /// delegate opens, moves or deletes an unserved legal notification.
    /// </summary>
    private bool AddServe(ActorContext actor, StoredMessage stored, List<NpgsqlBatchCommand> commands, DateTimeOffset now)
    {
        if (!stored.Summary.LegalNotification || stored.Summary.ServedAt is not null || stored.Summary.Direction != MessageDirection.Received)
        {
            return false;
        }

        var grant = GrantOf(actor);
        var canBeServed = actor.Kind == ActorKind.Person && (grant is null ? LevelOf(actor) == AccessLevel.Owner : grant.Kind == GrantKind.Delegate);
        if (!canBeServed)
        {
            return false;
        }

        commands.Add(MessageCommands.Serve(Key, stored.Summary.MessageUuid, now));
        commands.Add(AccessLogStore.AppendCommand(Key, now, actor, AccessAction.Served, stored.Summary.MessageUuid, null));
        return true;
    }

    private async Task PublishServedAsync(bool served, ActorContext actor, Guid messageUuid)
    {
        if (served)
        {
            await PublishAsync(MailboxEventKind.Served, messageUuid, null, actor.Platform);
            await Receipts.ReceiptEvents.PublishServedAsync(Services, Key, messageUuid);
        }
    }
}
