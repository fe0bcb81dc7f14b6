namespace DigitalPost.Grains.Seeding;

/// <summary>What a seeding run wrote and how long each part took.</summary>
/// <param name="ProfileSeederMissing">True when no <see cref="IMailboxProfileSeeder"/> was given, so no exemptions or delegations were written (their counts are what would have been).</param>
public sealed record SeedResult(
    long People,
    long Companies,
    long CompanyPeople,
    long Exemptions,
    long Delegations,
    bool ProfileSeederMissing,
    TimeSpan LoadTime,
    TimeSpan IndexTime,
    TimeSpan ProfileTime,
    TimeSpan TotalTime);
