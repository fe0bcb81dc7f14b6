using Microsoft.Extensions.Options;

namespace DigitalPost.Runtime.Placement;

/// <summary>The directory of a silo running alone: it owns every partition.</summary>
public sealed class SingleSiloPartitionDirectory : IPartitionDirectory
{
    private readonly int[] _all;

    public SingleSiloPartitionDirectory(IOptions<GrainRuntimeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        LocalSiloId = value.SiloId;
        PartitionCount = value.PartitionCount;
        _all = [.. Enumerable.Range(0, PartitionCount)];
    }

    /// <inheritdoc />
    public string LocalSiloId { get; }

    /// <inheritdoc />
    public int PartitionCount { get; }

    /// <inheritdoc />
    public IReadOnlyCollection<int> OwnedPartitions => _all;

    /// <inheritdoc />
    public bool IsOwnedLocally(int partition) => (uint)partition < (uint)PartitionCount;

    /// <inheritdoc />
    public string? GetOwner(int partition) => IsOwnedLocally(partition) ? LocalSiloId : null;
}
