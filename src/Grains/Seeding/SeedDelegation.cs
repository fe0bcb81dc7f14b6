using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.Grains.Seeding;

/// <summary>A delegation the seeder chose: <paramref name="Owner"/> gives <paramref name="Delegate"/> access to their mailbox.</summary>
/// <param name="ExpiresOn">Null: no expiry.</param>
public sealed record SeedDelegation(Cpr Owner, Cpr Delegate, SeedDelegationAccess Access, DateOnly GrantedOn, DateOnly? ExpiresOn);
