using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface ISlowDeactivationGrain : IGrainWithStringKey
{
    Task<int> Generation();

    Task Deactivate();
}

/// <summary>Its OnDeactivateAsync waits for the test, so calls can arrive mid-deactivation.</summary>
public sealed class SlowDeactivationGrain(GrainProbe probe) : Grain, ISlowDeactivationGrain
{
    private int _generation;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _generation = probe.Increment($"generation {GrainKey}");
        probe.Record($"activate {_generation}");
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record($"deactivate-start {_generation}");
        probe.Set($"deactivating {GrainKey} {_generation}");
        await probe.Wait($"finish deactivation {GrainKey} {_generation}");
        probe.Record($"deactivate-end {_generation}");
    }

    public Task<int> Generation() => Task.FromResult(_generation);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
