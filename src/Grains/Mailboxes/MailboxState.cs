using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.Grains.Mailboxes;

/// <summary>A mailbox's persisted profile (grain state). Message content lives in the message tables, never here.</summary>
public sealed class MailboxState
{
    /// <summary>Set once the registry (or first use) has created the mailbox.</summary>
    public bool Created { get; set; }

    public bool Deceased { get; set; }

    public DateTimeOffset? DeceasedAt { get; set; }

    public bool Closed { get; set; }

    public Residence Residence { get; set; } = Residence.Resident;

    public bool VoluntarilyRegistered { get; set; }

    public PostalAddress? RegisteredAddress { get; set; }

    public PostalAddress? PreferredAddress { get; set; }

    public ExemptionRecord? Exemption { get; set; }

    public List<DelegationGrant> Grants { get; set; } = [];

    public NotificationSettings Notifications { get; set; } = NotificationSettings.None;

    public NemSmsRegistration? NemSms { get; set; }

    public List<SenderConsent> Consents { get; set; } = [];

    public List<MailboxFolder> UserFolders { get; set; } = [];

    public int NextFolderNumber { get; set; } = 1;

    public MailboxCounters Counters { get; set; } = new(0, 0, 0, 0);

    /// <summary>Business mailboxes: the CPR numbers of the people who act for the company (from the registry).</summary>
    public List<string> CompanyPeople { get; set; } = [];
}
