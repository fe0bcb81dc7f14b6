using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Messages;
using DigitalPost.Grains.Interfaces.Receipts;

namespace DigitalPost.Grains.Delivery;

/// <summary>
/// The delivery rules, as one pure function (used by the mailbox grains and by bulk delivery).
/// See docs/domain.md "Delivery rules" for each rule and its source.
/// </summary>
public static class DeliveryDecider
{
    /// <summary>
    /// Decides what happens to <paramref name="message"/> for <paramref name="recipient"/> on
    /// <paramref name="today"/> (the Danish calendar date). <paramref name="globalExceptionSenders"/>
    /// are senders every exemption excepts (configured: SU, public employers' payslips).
    /// </summary>
    public static DeliveryDecision Decide(RecipientFacts recipient, IncomingMessageFacts message, DateOnly today, IReadOnlySet<string> globalExceptionSenders)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(globalExceptionSenders);
        var status = RecipientStatusEvaluator.Evaluate(recipient, today);
        if (status is MailboxStatus.Deceased or MailboxStatus.Closed)
        {
            return DeliveryDecision.Refuse(ReceiptReasons.RecipientIsClosed, status == MailboxStatus.Deceased ? "The recipient is deceased." : "The recipient's mailbox is closed.");
        }

        if (recipient.Kind == MailboxKind.Authority)
        {
            // Authorities receive what citizens and businesses write or answer, whatever the sender kind.
            return DeliveryDecision.Deliver;
        }

        if (message.SenderKind == SenderKind.Company)
        {
            // Private post: only with the recipient's consent, and never to a child (who cannot consent).
            // An exemption covers public post only, so an exempt person with a consent still gets it.
            if (status == MailboxStatus.UnderFifteen)
            {
                return DeliveryDecision.Refuse(ReceiptReasons.RecipientNotFound, "The recipient has no mailbox (under 15).");
            }

            if (!recipient.ConsentedSenders.Contains(message.SenderId))
            {
                return DeliveryDecision.Refuse(ReceiptReasons.RecipientHasNoConsent, "The recipient has not consented to post from this sender.");
            }
        }

        if (message.DoNotDeliverUntil is { } until && until > today)
        {
            return new DeliveryDecision(DeliveryAction.Hold, ReceiptReasons.HeldUntilDate, $"Held until {until:yyyy-MM-dd}.", until);
        }

        if (message.SenderKind == SenderKind.Company || recipient.Kind != MailboxKind.Citizen)
        {
            return DeliveryDecision.Deliver;
        }

        if (message.SenderKind == SenderKind.MailboxHolder)
        {
            // A person forwarding to another person: only into a digital mailbox, never to print.
            return status == MailboxStatus.Active
                ? DeliveryDecision.Deliver
                : DeliveryDecision.Refuse(ReceiptReasons.RecipientNotFound, "The recipient does not receive Digital Post.");
        }

        return status switch
        {
            MailboxStatus.Active => DeliveryDecision.Deliver,
            MailboxStatus.Exempt when recipient.ExemptionExceptionSenders.Contains(message.SenderId) || globalExceptionSenders.Contains(message.SenderId)
                => DeliveryDecision.Deliver,
            MailboxStatus.Exempt => DeliveryDecision.Print("The recipient is exempt from Digital Post."),
            MailboxStatus.UnderFifteen => DeliveryDecision.Print("The recipient is under 15 and has no mailbox."),
            _ => DeliveryDecision.Print("The recipient has no permanent residence in Denmark and is not registered voluntarily."),
        };
    }
}
