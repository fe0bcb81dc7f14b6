using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Runtime;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>The mailbox grain of a <see cref="MailboxId"/>, by its kind.</summary>
public static class MailboxGrains
{
    public static IMailboxGrain Get(IGrainFactory grains, MailboxId mailbox)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return mailbox.Kind switch
        {
            MailboxKind.Citizen => grains.GetGrain<ICitizenMailboxGrain>(mailbox.Value),
            MailboxKind.Business => grains.GetGrain<IBusinessMailboxGrain>(mailbox.Value),
            _ => grains.GetGrain<IAuthorityMailboxGrain>(mailbox.Value),
        };
    }

    /// <summary>The MeMo idType of a mailbox id.</summary>
    public static string IdType(MailboxId mailbox) => mailbox.Kind switch
    {
        MailboxKind.Citizen => "CPR",
        MailboxKind.Business => "CVR",
        _ => mailbox.Key.Length == 8 && mailbox.Key.All(char.IsAsciiDigit) ? "CVR" : "OTHER",
    };

    /// <summary>The mailbox a MeMo Recipient names (CPR or CVR), or null.</summary>
    public static MailboxId? FromRecipient(string idType, string recipientId)
    {
        if (string.Equals(idType, "CPR", StringComparison.OrdinalIgnoreCase) && Cpr.TryParse(recipientId, out var cpr))
        {
            return MailboxId.ForCitizen(cpr);
        }

        if (string.Equals(idType, "CVR", StringComparison.OrdinalIgnoreCase) && Cvr.TryParse(recipientId, out var cvr))
        {
            return MailboxId.ForBusiness(cvr);
        }

        return null;
    }
}
