using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Silo.Tests.Grains;

[GrainType("silo-test-visit")]
public sealed class VisitGrain([PersistentState("visits")] IPersistentState<VisitState> visits) : Grain, IVisitGrain
{
    public Task Visit()
    {
        visits.State.Visits++;
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        visits.WriteStateAsync(cancellationToken);
}
