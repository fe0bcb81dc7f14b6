namespace DigitalPost.Runtime.Tests.Grains;

/// <summary>Measures how many turns are inside the grain at once (Interlocked, so true parallelism is seen too).</summary>
public sealed class TurnGrain : Grain, ITurnGrain
{
    private int _inside;
    private int _max;
    private int _completed;

    public async Task<int> Enter()
    {
        var inside = Interlocked.Increment(ref _inside);
        if (inside > Volatile.Read(ref _max))
        {
            Volatile.Write(ref _max, inside);
        }

        await Task.Yield();
        Interlocked.Decrement(ref _inside);
        return Interlocked.Increment(ref _completed);
    }

    public Task<int> MaxConcurrentTurns() => Task.FromResult(Volatile.Read(ref _max));
}
