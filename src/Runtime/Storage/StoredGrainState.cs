namespace DigitalPost.Runtime.Storage;

/// <summary>A stored state record: its serialised bytes and ETag; <see cref="ETag"/> is null when nothing is stored.</summary>
public readonly record struct StoredGrainState(ReadOnlyMemory<byte> Data, string? ETag)
{
    /// <summary>No record stored.</summary>
    public static StoredGrainState Empty => default;

    /// <summary>True when a record exists.</summary>
    public bool Exists => ETag is not null;
}
