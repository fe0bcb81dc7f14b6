namespace DigitalPost.Grains.Seeding;

/// <summary>
/// Writes the mailbox-side part of a seeded population (exemptions and delegation grants live in
/// mailbox state, which the mailbox grains own). <see cref="PopulationSeeder"/> decides who,
/// deterministically, and calls this in batches (sorted by CPR) after the registry rows are
/// committed. Implemented by the mailbox side; without an implementation the seeder reports that
/// it seeded no exemptions or delegations.
/// </summary>
public interface IMailboxProfileSeeder
{
    /// <summary>Writes one batch of exemptions (bulk, e.g. binary COPY).</summary>
    Task WriteExemptionsAsync(IReadOnlyList<SeedExemption> exemptions, CancellationToken cancellationToken);

    /// <summary>Writes one batch of delegation grants.</summary>
    Task WriteDelegationsAsync(IReadOnlyList<SeedDelegation> delegations, CancellationToken cancellationToken);
}
