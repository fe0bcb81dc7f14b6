namespace DigitalPost.Runtime.Placement;

/// <summary>
/// Maps a grain key to its partition with a hash that is stable across processes, machines and
/// .NET versions (FNV-1a over the UTF-16 code units, then a murmur3 finaliser to spread the low
/// bits), unlike <see cref="string.GetHashCode()"/>. Only the key is hashed, so grains of
/// different types with the same key (e.g. one citizen's mailbox and inbox) share a partition.
/// </summary>
public static class GrainPartitioner
{
    /// <summary>The 32-bit stable hash of <paramref name="key"/>.</summary>
    public static uint StableHash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35u;
        hash ^= hash >> 16;
        return hash;
    }

    /// <summary>The partition (0 ≤ p &lt; <paramref name="partitionCount"/>) of <paramref name="key"/>.</summary>
    public static int GetPartition(string key, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        return (int)(StableHash(key) % (uint)partitionCount);
    }
}
