namespace DigitalPost.Grains.Interfaces.Mailboxes;

/// <summary>Who acts on a mailbox.</summary>
public enum ActorKind
{
    /// <summary>A person logged in with their CPR (owner, delegate, company person or estate administrator).</summary>
    Person,
    /// <summary>An authority's system or case worker (sender of public post).</summary>
    Authority,
    /// <summary>Municipality staff registering or revoking exemptions.</summary>
    MunicipalityStaff,
    /// <summary>The Digital Post agency (Digitaliseringsstyrelsen), e.g. granting estate access.</summary>
    Agency,
    /// <summary>The platform itself (registry events, reminders).</summary>
    System,
}
