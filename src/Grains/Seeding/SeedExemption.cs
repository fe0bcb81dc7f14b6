using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Seeding;

/// <summary>An exemption from Digital Post the seeder chose for a person.</summary>
/// <param name="MunicipalityCode">The municipality that registered it (the person's, or København's for people without an address).</param>
public sealed record SeedExemption(Cpr Cpr, SeedExemptionCriterion Criterion, int MunicipalityCode, DateOnly RegisteredOn);
