namespace DigitalPost.Runtime.Storage;

/// <summary>
/// A storage provider for grain state with optimistic concurrency, in the shape of Orleans'
/// <c>IGrainStorage</c>. State travels as serialised bytes so a provider never needs to know the
/// grain's state type; the runtime's <c>IPersistentState&lt;T&gt;</c> does the (de)serialisation.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the stored record, or <see cref="StoredGrainState.Empty"/> when none exists.</summary>
    ValueTask<StoredGrainState> ReadAsync(GrainStateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="state"/> if the stored ETag still equals <paramref name="expectedETag"/>
    /// (<c>null</c> meaning "nothing stored yet") and returns the new ETag. Throws
    /// <see cref="InconsistentStateException"/> and leaves the stored record unchanged otherwise.
    /// </summary>
    ValueTask<string> WriteAsync(GrainStateKey key, ReadOnlyMemory<byte> state, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Deletes the record under the same ETag rule as <see cref="WriteAsync"/>.</summary>
    ValueTask ClearAsync(GrainStateKey key, string? expectedETag, CancellationToken cancellationToken);
}
