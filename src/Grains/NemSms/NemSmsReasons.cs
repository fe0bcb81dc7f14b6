namespace DigitalPost.Grains.NemSms;

/// <summary>Receipt reason codes of the NemSMS path (in addition to <see cref="Interfaces.Receipts.ReceiptReasons"/>).</summary>
public static class NemSmsReasons
{
    /// <summary>The recipient has no NemSMS registration: nothing is sent (NOT_ALLOWED).</summary>
    public const string RecipientNotRegistered = "recipient.not.registered.for.nemsms";

    /// <summary>The recipient's registered number is not a Danish +45 number (NOT_ALLOWED).</summary>
    public const string RecipientNumberNotDanish = "recipient.nemsms.number.not.danish";

    /// <summary>The SMS text looks like it carries a CPR number (INVALID).</summary>
    public const string TextContainsPersonalData = "message.contains.personal.data";
}
