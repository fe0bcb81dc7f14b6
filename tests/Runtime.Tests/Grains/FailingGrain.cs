using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface IFailingGrain : IGrainWithStringKey
{
    Task Fail(string message);

    ValueTask<int> FailSynchronously(string message);

    Task<int> Ping();

    Task Hang(string release);

    [ResponseTimeout("00:00:02")]
    Task HangBriefly(string release);
}

public sealed class GrainTestException(string message) : Exception(message);

public sealed class FailingGrain(GrainProbe probe, ThrownExceptions thrown) : Grain, IFailingGrain
{
    private int _pings;

    public async Task Fail(string message)
    {
        await Task.Yield();
        var error = new GrainTestException(message);
        thrown.Last = error;
        throw error;
    }

    public ValueTask<int> FailSynchronously(string message)
    {
        var error = new GrainTestException(message);
        thrown.Last = error;
        throw error;
    }

    public Task<int> Ping() => Task.FromResult(++_pings);

    /// <summary>Signals "<paramref name="release"/> started", then waits until the test sets <paramref name="release"/>.</summary>
    public Task Hang(string release)
    {
        probe.Set($"{release} started");
        return probe.Wait(release);
    }

    public Task HangBriefly(string release) => probe.Wait(release);
}

public sealed class ThrownExceptions
{
    public Exception? Last { get; set; }
}
