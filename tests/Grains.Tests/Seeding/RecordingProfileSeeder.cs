using DigitalPost.Grains.Seeding;

namespace DigitalPost.Grains.Tests.Seeding;

internal sealed class RecordingProfileSeeder : IMailboxProfileSeeder
{
    public List<IReadOnlyList<SeedExemption>> ExemptionBatches { get; } = [];

    public List<IReadOnlyList<SeedDelegation>> DelegationBatches { get; } = [];

    public Task WriteExemptionsAsync(IReadOnlyList<SeedExemption> exemptions, CancellationToken cancellationToken)
    {
        ExemptionBatches.Add(exemptions);
        return Task.CompletedTask;
    }

    public Task WriteDelegationsAsync(IReadOnlyList<SeedDelegation> delegations, CancellationToken cancellationToken)
    {
        DelegationBatches.Add(delegations);
        return Task.CompletedTask;
    }
}
