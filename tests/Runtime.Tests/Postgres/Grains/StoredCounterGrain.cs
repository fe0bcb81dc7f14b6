using DigitalPost.Runtime.Storage;

namespace DigitalPost.Runtime.Tests.Postgres.Grains;

[GrainType("postgres-test-counter")]
public sealed class StoredCounterGrain([PersistentState("counter")] IPersistentState<StoredCounterState> counter) : Grain, IStoredCounterGrain
{
    public async Task<int> Increment()
    {
        counter.State.Count++;
        await counter.WriteStateAsync();
        return counter.State.Count;
    }

    public Task Touch()
    {
        counter.State.Touches++;
        return Task.CompletedTask;
    }

    public Task<StoredCounterState> Get() => Task.FromResult(new StoredCounterState { Count = counter.State.Count, Touches = counter.State.Touches });

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (counter.State.Touches > 0)
        {
            await counter.WriteStateAsync(cancellationToken);
        }
    }
}
