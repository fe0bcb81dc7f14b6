using DigitalPost.Runtime.Storage;

namespace DigitalPost.Runtime.Tests.Postgres.Grains;

[GrainType("postgres-test-counter")]
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> counter) : Grain, ICounterGrain
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

    public Task<CounterState> Get() => Task.FromResult(new CounterState { Count = counter.State.Count, Touches = counter.State.Touches });

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
