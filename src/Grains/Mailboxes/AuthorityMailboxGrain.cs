using System.Text.RegularExpressions;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>An authority's mailbox (key <c>authority:…</c>): sends public post, receives what citizens write, lists its receipts.</summary>
[GrainType("authority-mailbox")]
public sealed partial class AuthorityMailboxGrain(
    [PersistentState("profile")] IPersistentState<MailboxState> profile,
    MailboxServices services)
    : MailboxGrainBase(profile, services), IAuthorityMailboxGrain
{
    protected override string SenderLabel => Id.Key;

    public async Task<DeliveryResult> SendMeMoAsync(ActorContext actor, ReadOnlyMemory<byte> memoXml)
    {
        Require(actor, AccessLevel.Owner, "send");
        MeMoReadResult read;
        using (var stream = new MemoryStream(memoXml.ToArray(), writable: false))
        {
            read = MeMoReader.Default.Read(stream);
        }

        if (read.Message is null)
        {
            // Name the message in the receipt when its messageUUID can be found at all.
            var uuid = MessageUuidPattern().Match(System.Text.Encoding.UTF8.GetString(memoXml.Span)) is { Success: true } m && Guid.TryParse(m.Groups[1].Value, out var g) ? g : Guid.Empty;
            var detail = string.Join("; ", read.Errors.Take(10).Select(e => e.ToString()));
            detail = detail.Length > 2000 ? detail[..2000] : detail;
            await Services.Receipts.InsertAsync(Key, uuid, "-", ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid, detail, Now);
            return new DeliveryResult(uuid, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid, detail);
        }

        return await SendParsedAsync(read.Message);
    }

    public Task<DeliveryResult> SendAsync(ActorContext actor, MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Require(actor, AccessLevel.Owner, "send");
        return SendParsedAsync(message);
    }

    public Task<bool> RecallAsync(ActorContext actor, MailboxId recipient, Guid messageUuid)
    {
        Require(actor, AccessLevel.Owner, "recall");
        return MailboxGrains.Get(GrainFactory, recipient).RecallHeldAsync(Id, messageUuid);
    }

    private async Task<DeliveryResult> SendParsedAsync(MeMoMessage message)
    {
        var recipient = MailboxGrains.FromRecipient(message.Header.Recipient.IdType, message.Header.Recipient.RecipientId);
        if (recipient is null)
        {
            var detail = "The Recipient is not a CPR or CVR number.";
            await Services.Receipts.InsertAsync(Key, message.Header.MessageUuid, message.Header.Recipient.RecipientId, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, detail, Now);
            return new DeliveryResult(message.Header.MessageUuid, DeliveryOutcome.Invalid, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, detail);
        }

        return await MailboxGrains.Get(GrainFactory, recipient.Value).DeliverAsync(new DeliveryRequest(message, Id, SenderKind.Authority));
    }

    [GeneratedRegex(@"messageUUID>\s*([0-9a-fA-F-]{36})\s*<", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex MessageUuidPattern();
}
