using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface IGatedActivationGrain : IGrainWithStringKey
{
    /// <summary>Signals "<paramref name="release"/> started", then waits until the test sets <paramref name="release"/>.</summary>
    Task Hang(string release);

    /// <summary>Returns how many pings this activation ran.</summary>
    Task<int> Ping();
}

/// <summary>Activation waits for the signal "activate {key}", so tests can hold calls in the queue of an activating grain.</summary>
public sealed class GatedActivationGrain(GrainProbe probe) : Grain, IGatedActivationGrain
{
    private int _pings;

    public override Task OnActivateAsync(CancellationToken cancellationToken) => probe.Wait($"activate {GrainKey}");

    public Task Hang(string release)
    {
        probe.Set($"{release} started");
        return probe.Wait(release);
    }

    public Task<int> Ping() => Task.FromResult(++_pings);
}
