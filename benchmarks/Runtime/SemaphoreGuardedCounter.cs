namespace DigitalPost.Benchmarks.Runtime;

/// <summary>The floor: the grain's method called directly, one call at a time through a SemaphoreSlim.</summary>
internal sealed class SemaphoreGuardedCounter(CounterBenchmarkGrain inner)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<int> Increment(int by)
    {
        await _gate.WaitAsync();
        try
        {
            return await inner.Increment(by);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<int> IncrementValue(int by)
    {
        await _gate.WaitAsync();
        try
        {
            return await inner.IncrementValue(by);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<int> IncrementYielding(int by)
    {
        await _gate.WaitAsync();
        try
        {
            return await inner.IncrementYielding(by);
        }
        finally
        {
            _gate.Release();
        }
    }
}
