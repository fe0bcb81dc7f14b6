namespace DigitalPost.Grains.Seeding;

/// <summary>Progress of a seeding run: <paramref name="Done"/> of <paramref name="Total"/> units of <paramref name="Phase"/>.</summary>
public sealed record SeedProgress(SeedPhase Phase, long Done, long Total, string? Message = null);
