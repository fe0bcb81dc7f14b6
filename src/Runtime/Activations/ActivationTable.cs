using System.Collections.Concurrent;

namespace DigitalPost.Runtime.Activations;

/// <summary>The silo's activations by grain id: the single-activation guarantee within one silo.</summary>
internal sealed class ActivationTable(GrainRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();

    public int Count => _activations.Count;

    public IEnumerable<ActivationData> All => _activations.Values;

    /// <summary>The grain's activation, created (not yet activated) when there is none.</summary>
    public ActivationData GetOrCreate(GrainId id, GrainClassInfo grainClass)
    {
        if (_activations.TryGetValue(id, out var activation))
        {
            return activation;
        }

        if (runtime.IsStopped)
        {
            throw new InvalidOperationException($"The grain runtime has stopped; grain {id} cannot be activated.");
        }

        // A losing racer's ActivationData is dropped unused: creation has no side effects.
        return _activations.GetOrAdd(id, static (key, state) => new ActivationData(state.runtime, key, state.grainClass), (runtime, grainClass));
    }

    public bool TryGet(GrainId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ActivationData? activation)
        => _activations.TryGetValue(id, out activation);

    public void Remove(ActivationData activation)
        => _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.Id, activation));

    public int TotalQueueLength()
    {
        var total = 0;
        foreach (var activation in _activations.Values)
        {
            total += activation.QueueLength;
        }

        return total;
    }
}
