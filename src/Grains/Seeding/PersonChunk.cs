namespace DigitalPost.Grains.Seeding;

/// <summary>A chunk of generated people with the mailbox-profile decisions made for them.</summary>
internal sealed record PersonChunk(PersonRow[] Rows, List<SeedExemption> Exemptions, List<SeedDelegation> Delegations);
