namespace DigitalPost.Grains.Interfaces.Receipts;

/// <summary>Receipt statuses as the Digital Post sender API reports them.</summary>
public enum ReceiptStatus
{
    /// <summary>Accepted into the recipient's mailbox (or print queue / held).</summary>
    Received,
    /// <summary>Completed: a legal notification was served (opened, moved or deleted).</summary>
    Completed,
    /// <summary>The message could not be read or broke a limit.</summary>
    Invalid,
    /// <summary>The recipient cannot receive it (deceased, no consent, ...).</summary>
    NotAllowed,
}
