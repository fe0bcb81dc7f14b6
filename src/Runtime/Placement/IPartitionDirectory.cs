namespace DigitalPost.Runtime.Placement;

/// <summary>
/// Which silo owns which partition. Every call goes through it: a grain is activated only on the
/// silo owning its partition, which is what makes activations single across a cluster. The
/// single-silo implementation owns everything; the cluster implementation (partition leases on
/// PostgreSQL) comes later.
/// </summary>
public interface IPartitionDirectory
{
    /// <summary>This silo's id.</summary>
    string LocalSiloId { get; }

    /// <summary>Number of partitions (equal on every silo of a cluster).</summary>
    int PartitionCount { get; }

    /// <summary>The partitions this silo owns now.</summary>
    IReadOnlyCollection<int> OwnedPartitions { get; }

    /// <summary>True when this silo owns <paramref name="partition"/>: called on every grain call, so it must be cheap.</summary>
    bool IsOwnedLocally(int partition);

    /// <summary>The owning silo's id, or null when nobody owns the partition at the moment.</summary>
    string? GetOwner(int partition);
}
