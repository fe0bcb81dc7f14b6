namespace DigitalPost.Silo.Tests.EndToEnd.Authorization;

/// <summary>Who calls, relative to the operation's target (a scene's citizen mailbox unless the row says otherwise).</summary>
public enum MatrixRole
{
    /// <summary>The citizen owning the target mailbox.</summary>
    Owner,

    /// <summary>A person with a read grant on the target mailbox.</summary>
    ReadDelegate,

    /// <summary>A person with a read-and-write grant on the target mailbox.</summary>
    ReadWriteDelegate,

    /// <summary>The world's estate administrator (of the world's deceased person).</summary>
    EstateAdministrator,

    /// <summary>The world company's representative acting for it.</summary>
    CompanyRepresentativeOwn,

    /// <summary>The representative of another company, acting for that company.</summary>
    CompanyRepresentativeOther,

    /// <summary>An unrelated adult citizen.</summary>
    Stranger,

    /// <summary>The authority that sent the target's letters.</summary>
    AuthoritySender,

    /// <summary>Another authority.</summary>
    AuthorityOther,

    /// <summary>Staff of the municipality the target citizen lives in (Aarhus, 751).</summary>
    StaffOwnMunicipality,

    /// <summary>Staff of another municipality (København, 101).</summary>
    StaffOtherMunicipality,

    /// <summary>The Digital Post agency (authority digitaliseringsstyrelsen).</summary>
    Agency,

    /// <summary>No token.</summary>
    Anonymous,
}
