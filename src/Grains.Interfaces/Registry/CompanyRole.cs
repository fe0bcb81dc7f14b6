namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>How a person acts for a company.</summary>
public enum CompanyRole
{
    /// <summary>Owner (e.g. of a sole proprietorship or ApS).</summary>
    Owner = 0,

    /// <summary>Member of the management (direktør).</summary>
    Director = 1,

    /// <summary>An employee given access to the company's mailbox.</summary>
    Employee = 2,
}
