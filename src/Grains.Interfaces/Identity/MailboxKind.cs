namespace DigitalPost.Grains.Interfaces.Identity;

/// <summary>Who owns a mailbox.</summary>
public enum MailboxKind
{
    /// <summary>A person, keyed by CPR.</summary>
    Citizen = 1,

    /// <summary>A business, keyed by CVR.</summary>
    Business = 2,

    /// <summary>A sending authority, keyed by its <see cref="AuthorityId"/>.</summary>
    Authority = 3,
}
