using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DigitalPost.Runtime;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Benchmarks.Runtime;

/// <summary>
/// A grain call against its floor: the same method called directly through a
/// SemaphoreSlim-guarded wrapper (DESIGN.md "Performance targets": report the ratio).
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int StatefulKeys = 1024;

    private RuntimeHost _host = null!;
    private ICounterBenchmarkGrain _grain = null!;
    private SemaphoreGuardedCounter _floor = null!;
    private GrainRuntime _runtime = null!;
    private IStatefulBenchmarkGrain[] _stateful = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _host = RuntimeHost.Start();
        _runtime = _host.Services.GetRequiredService<GrainRuntime>();
        _grain = _host.Grains.GetGrain<ICounterBenchmarkGrain>("bench");
        _grain.Increment(1).GetAwaiter().GetResult();
        _floor = new SemaphoreGuardedCounter(new CounterBenchmarkGrain());
        var data = JsonSerializer.SerializeToUtf8Bytes(new SmallState { Count = 1, Name = "persisted" }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        _stateful = new IStatefulBenchmarkGrain[StatefulKeys];
        for (var i = 0; i < StatefulKeys; i++)
        {
            var key = $"stateful-{i}";
            _host.Storage.WriteAsync(new GrainStateKey(typeof(StatefulBenchmarkGrain).FullName!, key, "state"), data, null, CancellationToken.None)
                .AsTask().GetAwaiter().GetResult();
            _stateful[i] = _host.Grains.GetGrain<IStatefulBenchmarkGrain>(key);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _host.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "floor: direct call via SemaphoreSlim (Task<int>)")]
    public Task<int> DirectSemaphoreCall() => _floor.Increment(1);

    [Benchmark(Description = "grain call, active grain (Task<int>)")]
    public Task<int> GrainCall() => _grain.Increment(1);

    [Benchmark(Description = "floor: direct call via SemaphoreSlim (ValueTask<int>)")]
    public ValueTask<int> DirectSemaphoreCallValueTask() => _floor.IncrementValue(1);

    [Benchmark(Description = "grain call, active grain (ValueTask<int>)")]
    public ValueTask<int> GrainCallValueTask() => _grain.IncrementValue(1);

    [Benchmark(Description = "floor: direct call via SemaphoreSlim, method awaits Task.Yield")]
    public Task<int> DirectSemaphoreCallYielding() => _floor.IncrementYielding(1);

    [Benchmark(Description = "grain call, active grain, method awaits Task.Yield (queued path)")]
    public Task<int> GrainCallYielding() => _grain.IncrementYielding(1);

    /// <summary>
    /// One activation of a grain whose state is stored (read state, OnActivateAsync, first call)
    /// followed by its deactivation, so every operation activates afresh.
    /// </summary>
    [Benchmark(Description = "activate grain with persisted state + first call + deactivate")]
    public async Task<int> ActivateWithPersistedState()
    {
        var grain = _stateful[_next++ % StatefulKeys];
        var value = await grain.Read();
        if (_runtime.Activations.TryGet(((DigitalPost.Runtime.CodeGeneration.GrainReference)grain).GrainId, out var activation))
        {
            await activation.RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "benchmark"));
        }

        return value;
    }
}
