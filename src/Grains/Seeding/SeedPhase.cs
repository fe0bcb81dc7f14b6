namespace DigitalPost.Grains.Seeding;

/// <summary>The steps of a seeding run, in order.</summary>
public enum SeedPhase
{
    Preparing,
    People,
    Companies,
    Indexes,
    MailboxProfiles,
    Done,
}
