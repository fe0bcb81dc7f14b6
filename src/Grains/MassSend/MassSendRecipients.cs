using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.MassSend;

/// <summary>Recipients as listed (10-digit CPR or 8-digit CVR) and their mailbox ids.</summary>
internal static class MassSendRecipients
{
    public static bool IsCitizen(string recipient) => recipient.Length == 10;

    /// <summary>The mailbox id (<c>cpr:…</c> / <c>cvr:…</c>) of a checked recipient.</summary>
    public static string MailboxOf(string recipient) =>
        (IsCitizen(recipient) ? MailboxId.CitizenPrefix : MailboxId.BusinessPrefix) + recipient;

    /// <summary>The MeMo idType of a checked recipient.</summary>
    public static string IdTypeOf(string recipient) => IsCitizen(recipient) ? "CPR" : "CVR";
}
