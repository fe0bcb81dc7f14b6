namespace DigitalPost.Runtime.Tests.Grains;

public interface ILifeGrain : IGrainWithStringKey
{
    Task<int> Work();

    Task Deactivate();
}

/// <summary>Counts how many activations of the grain are alive at once (must never exceed one).</summary>
public sealed class LiveActivations
{
    private int _live;
    private int _max;
    private int _activations;

    public int Max => Volatile.Read(ref _max);

    public int Activations => Volatile.Read(ref _activations);

    public void Enter()
    {
        Interlocked.Increment(ref _activations);
        var live = Interlocked.Increment(ref _live);
        int max;
        while (live > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, live, max) != max)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _live);
}

public sealed class LifeGrain(LiveActivations live) : Grain, ILifeGrain
{
    private int _calls;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        live.Enter();
        await Task.Yield();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Task.Yield();
        live.Leave();
    }

    public async Task<int> Work()
    {
        await Task.Yield();
        return ++_calls;
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
