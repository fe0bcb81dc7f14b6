using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

/// <summary>A persisted counter that reports its life cycle to the probe and writes its state on deactivation.</summary>
[GrainType("counter")]
public sealed class CounterGrain(GrainProbe probe, [PersistentState("counter")] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record($"activate {GrainKey} value={state.State.Value}");
        probe.Increment($"activations {GrainKey}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate {GrainKey} {reason.Code}");
        state.State.Deactivations++;
        await state.WriteStateAsync(cancellationToken);
        probe.Set($"deactivated {GrainKey} {probe.Increment($"deactivations {GrainKey}")}");
    }

    public async Task<int> Add(int amount)
    {
        state.State.Value += amount;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> Get() => Task.FromResult(state.State.Value);

    public ValueTask<int> GetValue() => new(state.State.Value);

    public ValueTask Touch() => ValueTask.CompletedTask;

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
