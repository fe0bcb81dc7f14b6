namespace DigitalPost.Runtime.Storage;

/// <summary>
/// A named, persisted state of a grain (as Orleans' <c>IPersistentState&lt;T&gt;</c>). It is read
/// before <c>OnActivateAsync</c>; writes use optimistic concurrency on <see cref="ETag"/>.
/// </summary>
public interface IPersistentState<TState>
{
    /// <summary>The in-memory state; change it, then <see cref="WriteStateAsync"/>.</summary>
    TState State { get; set; }

    /// <summary>The stored version this instance last read or wrote; null when nothing is stored.</summary>
    string? ETag { get; }

    /// <summary>True when a stored record exists.</summary>
    bool RecordExists { get; }

    /// <summary>Re-reads the stored state, replacing <see cref="State"/>.</summary>
    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <see cref="State"/>. Throws <see cref="InconsistentStateException"/> and leaves the stored
    /// record unchanged when someone else wrote since this instance's <see cref="ETag"/>.
    /// </summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes the stored record (same ETag rule) and resets <see cref="State"/> to its default.</summary>
    Task ClearStateAsync(CancellationToken cancellationToken = default);
}
