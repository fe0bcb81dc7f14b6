using System.Collections.Concurrent;
using System.Globalization;

namespace DigitalPost.Runtime.Storage;

/// <summary>
/// Grain storage in process memory with the same ETag rules as the PostgreSQL provider. For unit
/// tests and benchmarks only: nothing survives the process.
/// </summary>
public sealed class InMemoryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainStateKey, StoredGrainState> _records = new();
    private readonly Lock _writeGate = new();
    private long _version;

    /// <summary>Number of stored records.</summary>
    public int Count => _records.Count;

    /// <inheritdoc />
    public ValueTask<StoredGrainState> ReadAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_records.TryGetValue(key, out var stored) ? stored : StoredGrainState.Empty);
    }

    /// <inheritdoc />
    public ValueTask<string> WriteAsync(GrainStateKey key, ReadOnlyMemory<byte> state, string? expectedETag, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Copy: the caller may reuse its buffer, and readers must never see it change.
        var copy = state.ToArray();
        lock (_writeGate)
        {
            var storedETag = _records.TryGetValue(key, out var stored) ? stored.ETag : null;
            if (!string.Equals(storedETag, expectedETag, StringComparison.Ordinal))
            {
                throw new InconsistentStateException(key, expectedETag, storedETag);
            }

            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _records[key] = new StoredGrainState(copy, etag);
            return ValueTask.FromResult(etag);
        }
    }

    /// <inheritdoc />
    public ValueTask ClearAsync(GrainStateKey key, string? expectedETag, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            var storedETag = _records.TryGetValue(key, out var stored) ? stored.ETag : null;
            if (!string.Equals(storedETag, expectedETag, StringComparison.Ordinal))
            {
                throw new InconsistentStateException(key, expectedETag, storedETag);
            }

            _records.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }
}
