using System.Text.Json;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Notifications;

namespace DigitalPost.Grains.Mailboxes;

public abstract partial class MailboxGrainBase
{
    private const string NewPostText = "Du har modtaget ny post i Digital Post.";
    private const string NewLegalPostText = "Du har modtaget post i Digital Post, som skal åbnes.";

    public async Task<DeliveryResult> DeliverAsync(DeliveryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        var uuid = message.Header.MessageUuid;
        var sender = request.Sender.Value;
        var now = Now;

        // The same messageUUID twice delivers once. The accepting path finds out from its own insert
        // (so a delivery stays one round trip); refusals look for an earlier acceptance first.
        if (!RecipientMatches(message.Header.Recipient))
        {
            return await RefuseAsync(request, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound,
                "The message's Recipient does not name this mailbox.");
        }

        if (message.Header.MessageType == MeMoMessageType.NemSms)
        {
            return await DeliverNemSmsAsync(request);
        }

        if (message.Header.MessageType != MeMoMessageType.DigitalPost || message.Body is null)
        {
            return await RefuseAsync(request, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid,
                "Only DIGITALPOST messages with a MessageBody are delivered to a mailbox's folders.");
        }

        if (request.SenderKind is SenderKind.Authority or SenderKind.Company && MessageLimits.CheckFromSender(message, Services.Options) is { } violation)
        {
            return await RefuseAsync(request, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, violation.ReasonCode, violation.Message);
        }

        var decision = DeliveryDecider.Decide(Facts, new IncomingMessageFacts(request.SenderKind, request.Sender.Key, message.Header.DoNotDeliverUntilDate),
            Services.Today(now), Services.ExemptionExceptionSenders);
        if (decision.Action == DeliveryAction.Refuse)
        {
            CountersChanged(c => c with { Refused = c.Refused + 1 });
            return await RefuseAsync(request, DeliveryOutcome.NotAllowed, ReceiptStatus.NotAllowed, decision.ReasonCode, decision.Detail);
        }

        var platform = request.SenderKind == SenderKind.Company ? PlatformFamily(request.ContractedPlatform) : null;
        var content = MessageContentCodec.Encode(message);
        var write = decision.Action switch
        {
            DeliveryAction.Deliver => new DeliveryWrite(Key, uuid, sender, DeliveryOutcome.Delivered, ReceiptStatus.Received, null, null, now, content,
                Message: NewMessageRow.From(message, Key, MessageDirection.Received, sender, request.SenderKind, platform, now)),
            DeliveryAction.Print => new DeliveryWrite(Key, uuid, sender, DeliveryOutcome.Printed, ReceiptStatus.Received, decision.ReasonCode, decision.Detail, now, content,
                Print: new PrintJob(PrintAddressJson(), decision.Detail ?? "print")),
            _ => new DeliveryWrite(Key, uuid, sender, DeliveryOutcome.Held, ReceiptStatus.Received, decision.ReasonCode, decision.Detail, now, content,
                Held: new HeldMessage(uuid, sender, request.SenderKind, platform, content.Sha256, message.Header.Recipient.IdType, message.Header.Recipient.Label, decision.HoldUntil!.Value)),
        };

        if (!await Services.Messages.WriteDeliveryAsync(write))
        {
            return await Services.Messages.GetDeliveryAsync(Key, uuid) ?? throw new InvalidOperationException("A concurrent delivery left no record.");
        }

        await AfterWriteAsync(write, message);
        await Receipts.ReceiptEvents.PublishAsync(Services.Streams, write);
        return new DeliveryResult(uuid, write.Outcome, write.Receipt, write.ReasonCode, write.Detail);
    }

    public async Task<bool> RecallHeldAsync(MailboxId sender, Guid messageUuid)
    {
        var recalled = await Services.Database.ExecuteScalarAsync<int>([MessageCommands.RecallHeld(Key, messageUuid, sender.Value)]);
        if (recalled == 1)
        {
            CountersChanged(c => c with { Held = Math.Max(0, c.Held - 1) });
        }

        return recalled == 1;
    }

    /// <summary>Delivers held messages whose date has come, deciding again with the recipient's facts of today.</summary>
    protected async Task ReleaseHeldAsync()
    {
        var now = Now;
        var today = Services.Today(now);
        foreach (var held in await Services.Messages.ListHeldAsync(Key, today))
        {
            var data = await Services.Messages.GetContentAsync(held.ContentSha256);
            var message = MessageContentCodec.Decode(data, held.MessageUuid, Id.Key, held.RecipientLabel);
            var senderKey = MailboxId.Parse(held.SenderId).Key;
            var decision = DeliveryDecider.Decide(Facts, new IncomingMessageFacts(held.SenderKind, senderKey, null), today, Services.ExemptionExceptionSenders);
            var content = new StoredContent(held.ContentSha256, data, MessageContentCodec.Files(message));
            var commands = new List<Npgsql.NpgsqlBatchCommand>();
            DeliveryOutcome outcome;
            switch (decision.Action)
            {
                case DeliveryAction.Deliver:
                    outcome = DeliveryOutcome.Delivered;
                    commands.Add(MessageCommands.ReleaseHeld(Key, held.MessageUuid, outcome, ReceiptStatus.Received, null, null));
                    commands.Add(MessageStore.InsertMessageCommand(NewMessageRow.From(message, Key, MessageDirection.Received, held.SenderId, held.SenderKind, held.PrivatePlatform, now), content));
                    break;
                case DeliveryAction.Print:
                    outcome = DeliveryOutcome.Printed;
                    commands.Add(MessageCommands.ReleaseHeld(Key, held.MessageUuid, outcome, ReceiptStatus.Received, decision.ReasonCode, decision.Detail));
                    commands.Add(MessageCommands.QueuePrint(Key, held.MessageUuid, held.SenderId, held.ContentSha256, PrintAddressJson(), decision.Detail ?? "print", now));
                    break;
                default:
                    outcome = DeliveryOutcome.NotAllowed;
                    commands.Add(MessageCommands.ReleaseHeld(Key, held.MessageUuid, outcome, ReceiptStatus.NotAllowed, decision.ReasonCode, decision.Detail));
                    commands.Add(Receipts.ReceiptStore.InsertCommand(held.SenderId, held.MessageUuid, Key, ReceiptStatus.NotAllowed, decision.ReasonCode, decision.Detail, now));
                    break;
            }

            await Services.Database.ExecuteAsync(commands);
            CountersChanged(c => c with { Held = Math.Max(0, c.Held - 1) });
            var write = new DeliveryWrite(Key, held.MessageUuid, held.SenderId, outcome, ReceiptStatus.Received, null, null, now);
            await AfterWriteAsync(write, message, countHeld: false);
        }

        await ScheduleNextReleaseAsync();
    }

    private async Task ScheduleNextReleaseAsync()
    {
        var remaining = await Services.Messages.ListHeldAsync(Key, null);
        if (remaining.Count > 0)
        {
            await ScheduleAsync(ReleaseHeldReminder, Services.StartOf(remaining[0].ReleaseOn));
        }
    }

    private async Task AfterWriteAsync(DeliveryWrite write, MeMoMessage message, bool countHeld = true)
    {
        switch (write.Outcome)
        {
            case DeliveryOutcome.Delivered:
                CountersChanged(c => c with { Delivered = c.Delivered + 1 });
                await PublishAsync(MailboxEventKind.Delivered, write.MessageUuid, SystemFolders.Inbox, Platform.Internal);
                await NotifyNewPostAsync(message);
                break;
            case DeliveryOutcome.Printed:
                CountersChanged(c => c with { Printed = c.Printed + 1 });
                break;
            case DeliveryOutcome.Held when countHeld:
                CountersChanged(c => c with { Held = c.Held + 1 });
                await ScheduleAsync(ReleaseHeldReminder, Services.StartOf(write.Held!.ReleaseOn));
                break;
        }
    }

    private async Task NotifyNewPostAsync(MeMoMessage message)
    {
        var kind = message.Header.LegalNotification ? NotificationKind.NewLegalNotification : NotificationKind.NewPost;
        var text = message.Header.LegalNotification ? NewLegalPostText : NewPostText;
        var now = Now;
        var uuid = message.Header.MessageUuid;

        // Ids derive from mailbox, message, kind and delegate (not random), so a delivery that is
        // retried after a crash between its commit and these enqueues notifies once: the outbox is
        // idempotent by id.
        var settings = State.Notifications;
        if (settings.Emails.Count + settings.PhoneNumbers.Count + settings.PushDevices.Count > 0)
        {
            await Services.Outbox.EnqueueAsync(new NotificationRequest(NotificationIds.For(Id, uuid, kind), Id, null, kind, text, uuid, settings, now));
        }

        // One notification per delegate person, even when they hold more than one grant in force.
        foreach (var delegateCpr in State.Grants.Where(g => g.NotifyDelegate && g.IsInForce(now)).Select(g => g.DelegateCpr).Distinct(StringComparer.Ordinal))
        {
            // The delegate's own channels are resolved by the outbox from the delegate's mailbox.
            await Services.Outbox.EnqueueAsync(new NotificationRequest(NotificationIds.For(Id, uuid, kind, delegateCpr), Id, delegateCpr, kind, text, uuid, NotificationSettings.None, now));
        }
    }

    private async Task<DeliveryResult> RefuseAsync(DeliveryRequest request, DeliveryOutcome outcome, ReceiptStatus status, string? reason, string? detail)
    {
        // Refusals are not recorded as deliveries: the sender may correct and resend with the same
        // messageUUID. A message accepted before keeps its first answer.
        var uuid = request.Message.Header.MessageUuid;
        if (await Services.Messages.GetDeliveryAsync(Key, uuid) is { } earlier)
        {
            return earlier;
        }

        await Services.Receipts.InsertAsync(request.Sender.Value, uuid, Key, status, reason, detail, Now);
        return new DeliveryResult(uuid, outcome, status, reason, detail);
    }

    private bool RecipientMatches(MeMoRecipient recipient) => Id.Kind switch
    {
        MailboxKind.Citizen => Cpr.TryParse(recipient.RecipientId, out var cpr) && cpr.Value == Id.Key,
        MailboxKind.Business => Cvr.TryParse(recipient.RecipientId, out var cvr) && cvr.Value == Id.Key,
        _ => string.Equals(recipient.RecipientId, Id.Key, StringComparison.OrdinalIgnoreCase) || recipient.RecipientId == Id.Value,
    };

    /// <summary>The print address: the preferred one if set, else the registered one (JSON for the print queue).</summary>
    protected string? PrintAddressJson()
    {
        var address = State.PreferredAddress ?? State.RegisteredAddress;
        return address is null ? null : JsonSerializer.Serialize(address, JsonSerializerOptions.Web);
    }

    /// <summary>borger.dk and the Digital Post app are one platform for private senders; e-Boks and mit.dk are their own.</summary>
    public static Platform? PlatformFamily(Platform? platform) => platform switch
    {
        Platform.BorgerDk or Platform.DigitalPostApp => Platform.BorgerDk,
        Platform.EBoks => Platform.EBoks,
        Platform.MitDk => Platform.MitDk,
        _ => null,
    };
}
