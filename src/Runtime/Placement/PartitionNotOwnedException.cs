namespace DigitalPost.Runtime.Placement;

/// <summary>
/// A call reached a silo that does not own the grain's partition. Until calls are forwarded
/// between silos, such a call fails with this error.
/// </summary>
public sealed class PartitionNotOwnedException(GrainId grainId, int partition, string localSiloId, string? owner)
    : InvalidOperationException($"Grain {grainId} is in partition {partition}, owned by {(owner is null ? "no silo at the moment" : $"silo '{owner}'")}, not by this silo '{localSiloId}'; forwarding calls between silos is not implemented yet.")
{
    /// <summary>The called grain.</summary>
    public GrainId GrainId { get; } = grainId;

    /// <summary>The grain's partition.</summary>
    public int Partition { get; } = partition;

    /// <summary>The owning silo, or null when unowned.</summary>
    public string? Owner { get; } = owner;
}
