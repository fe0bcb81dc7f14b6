namespace DigitalPost.Grains.Seeding;

/// <summary>The access level of a seeded delegation.</summary>
public enum SeedDelegationAccess
{
    /// <summary>Read access.</summary>
    Read = 0,

    /// <summary>Read-and-write access.</summary>
    ReadAndWrite = 1,
}
