namespace DigitalPost.Runtime.Storage;

/// <summary>
/// Thrown when a write or clear carries an ETag that no longer matches the stored one: another
/// activation (or a silo that lost its partition lease) wrote in between. The stored record is
/// left unchanged.
/// </summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException(GrainStateKey key, string? expectedETag, string? storedETag)
        : base($"State '{key.StateName}' of grain {key.GrainType}/{key.GrainKey} was changed by someone else: " +
               $"expected ETag '{expectedETag ?? "(none)"}', stored ETag '{storedETag ?? "(none)"}'.")
    {
        Key = key;
        ExpectedETag = expectedETag;
        StoredETag = storedETag;
    }

    public GrainStateKey Key { get; }
    public string? ExpectedETag { get; }
    public string? StoredETag { get; }
}
