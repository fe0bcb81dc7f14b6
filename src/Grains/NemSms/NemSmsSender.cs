using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.MeMo;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Interfaces.Receipts;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.NemSms;

/// <summary>
/// <see cref="INemSmsSender"/> over <see cref="INotificationOutbox"/>. Rules, in order:
/// not a NEMSMS message, no text or a text over the limit, a Recipient that is not this mailbox →
/// INVALID (<c>message.invalid</c> / <c>recipient.not.found</c>); a text that looks like it carries
/// a CPR number → INVALID (<c>message.contains.personal.data</c>); no NemSMS registration →
/// NOT_ALLOWED (<c>recipient.not.registered.for.nemsms</c>); a registered number that is not +45 →
/// NOT_ALLOWED (<c>recipient.nemsms.number.not.danish</c>); otherwise the SMS is queued with kind
/// NemSms under an id derived from mailbox and messageUUID (the same message twice is sent once)
/// and the result is RECEIVED.
/// </summary>
public sealed class NemSmsSender(INotificationOutbox outbox, IOptions<NotificationsOptions> options, TimeProvider timeProvider) : INemSmsSender
{
    /// <inheritdoc />
    public async Task<NemSmsSendResult> SendAsync(MailboxId mailbox, NemSmsRegistration? registration, MeMoMessage memo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memo);
        var header = memo.Header;
        var uuid = header.MessageUuid;
        if (header.MessageType != MeMoMessageType.NemSms)
        {
            return Refused(uuid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid, "Only NEMSMS messages are sent as NemSMS.");
        }

        var text = header.Notification;
        var max = options.Value.MaxNemSmsTextLength;
        if (string.IsNullOrWhiteSpace(text) || text.Length > max)
        {
            return Refused(uuid, ReceiptStatus.Invalid, ReceiptReasons.MessageInvalid,
                $"MessageHeader/notification is the NemSMS text and must be 1-{max} characters; got {text?.Length ?? 0}.");
        }

        if (MailboxGrains.FromRecipient(header.Recipient.IdType, header.Recipient.RecipientId) != mailbox)
        {
            return Refused(uuid, ReceiptStatus.Invalid, ReceiptReasons.RecipientNotFound, "The message's Recipient does not name this mailbox.");
        }

        if (PersonalDataDetector.FindCprLike(text) is { } found)
        {
            return Refused(uuid, ReceiptStatus.Invalid, NemSmsReasons.TextContainsPersonalData, $"A NemSMS text must not carry personal data; it contains what looks like {found}.");
        }

        if (registration is null)
        {
            return Refused(uuid, ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNotRegistered, "The recipient is not registered for NemSMS.");
        }

        if (!DanishMobileNumber.TryParse(registration.PhoneNumber, out var number))
        {
            return Refused(uuid, ReceiptStatus.NotAllowed, NemSmsReasons.RecipientNumberNotDanish, "The recipient's NemSMS number is not a Danish +45 number.");
        }

        var id = NotificationIds.For(mailbox, uuid, NotificationKind.NemSms);
        await outbox.EnqueueAsync(
            new NotificationRequest(id, mailbox, null, NotificationKind.NemSms, text, uuid, new NotificationSettings([], [number.Value], []), timeProvider.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        return new NemSmsSendResult(uuid, ReceiptStatus.Received, null, null, id);
    }

    private static NemSmsSendResult Refused(Guid uuid, ReceiptStatus status, string reason, string detail) => new(uuid, status, reason, detail, null);
}
