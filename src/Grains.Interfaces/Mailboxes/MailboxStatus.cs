namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>A mailbox's status; the delivery rules read it.</summary>
public enum MailboxStatus
{
    Active,
    /// <summary>Exempt from Digital Post (fritaget): public post goes to print.</summary>
    Exempt,
    /// <summary>The owner died: sends are refused; content is kept 5 years.</summary>
    Deceased,
    /// <summary>Closed (a dissolved company, a purged deceased person's mailbox).</summary>
    Closed,
    /// <summary>No permanent residence in Denmark and not voluntarily registered: post goes to print.</summary>
    NotCovered,
    /// <summary>Under 15: no mailbox yet; post goes to print.</summary>
    UnderFifteen,
}
