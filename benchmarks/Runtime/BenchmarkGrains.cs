using DigitalPost.Runtime;
using DigitalPost.Runtime.Storage;

namespace DigitalPost.Benchmarks.Runtime;

public interface ICounterBenchmarkGrain : IGrainWithStringKey
{
    Task<int> Increment(int by);

    ValueTask<int> IncrementValue(int by);

    Task<int> IncrementYielding(int by);
}

/// <summary>
/// A plain class (no <see cref="Grain"/> base), so the floor benchmark can call the very same
/// method directly, outside the runtime.
/// </summary>
public sealed class CounterBenchmarkGrain : ICounterBenchmarkGrain
{
    private int _value;

    public Task<int> Increment(int by) => Task.FromResult(_value += by);

    public ValueTask<int> IncrementValue(int by) => new(_value += by);

    public async Task<int> IncrementYielding(int by)
    {
        await Task.Yield();
        return _value += by;
    }
}

public sealed class SmallState
{
    public int Count { get; set; }

    public string Name { get; set; } = "";
}

public interface IStatefulBenchmarkGrain : IGrainWithStringKey
{
    Task<int> Read();
}

/// <summary>A grain with a small persisted state: what an idle mailbox-like grain costs.</summary>
public sealed class StatefulBenchmarkGrain([PersistentState("state")] IPersistentState<SmallState> state) : Grain, IStatefulBenchmarkGrain
{
    public Task<int> Read() => Task.FromResult(state.State.Count);
}
