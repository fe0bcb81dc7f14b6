using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Delivery;

/// <summary>A recipient's effective status at a date: age and residence are evaluated then, not stored.</summary>
public static class RecipientStatusEvaluator
{
    /// <summary>The age from which a person has a Digital Post mailbox.</summary>
    public const int MailboxAge = 15;

    public static MailboxStatus Evaluate(RecipientFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Deceased)
        {
            return MailboxStatus.Deceased;
        }

        if (facts.Closed)
        {
            return MailboxStatus.Closed;
        }

        if (facts.Kind != MailboxKind.Citizen)
        {
            return MailboxStatus.Active;
        }

        if (facts.BirthDate is { } born && born.AddYears(MailboxAge) > today)
        {
            return MailboxStatus.UnderFifteen;
        }

        if (facts.Exempt)
        {
            return MailboxStatus.Exempt;
        }

        return facts.Residence != Residence.Resident && !facts.VoluntarilyRegistered ? MailboxStatus.NotCovered : MailboxStatus.Active;
    }
}
