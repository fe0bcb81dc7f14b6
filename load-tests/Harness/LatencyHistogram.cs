using System.Numerics;

namespace DigitalPost.LoadTests.Harness;

/// <summary>
/// A log-linear histogram of non-negative values (the harness records latencies in <see cref="TimeSpan"/> ticks).
/// Values below 2·<see cref="SubBuckets"/> have a bucket each; above, every power of two is split into
/// <see cref="SubBuckets"/> equal buckets, so a bucket is at most 1/128 of its lower bound wide and the midpoint
/// reported for it is within 1/256 (0.4 %) of any value in it. Count, sum, minimum and maximum are exact.
/// One writer at a time (a per-thread shard); readers merge shards with <see cref="Add"/> after the fact.
/// </summary>
public sealed class LatencyHistogram
{
    /// <summary>Buckets per power of two.</summary>
    public const int SubBuckets = 128;

    private const int SubBucketBits = 7;
    private const int LinearLimit = 2 * SubBuckets;

    private readonly long[] _counts;

    /// <summary>A histogram holding values up to <paramref name="highestTrackableValue"/> (larger ones are clamped to it).</summary>
    public LatencyHistogram(long highestTrackableValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(highestTrackableValue, 1);
        HighestTrackableValue = highestTrackableValue;
        _counts = new long[IndexOf(highestTrackableValue) + 1];
    }

    /// <summary>The largest value held without clamping.</summary>
    public long HighestTrackableValue { get; }

    /// <summary>Values recorded.</summary>
    public long Count { get; private set; }

    /// <summary>Sum of the values recorded (after clamping).</summary>
    public double Sum { get; private set; }

    /// <summary>Smallest value recorded, or 0 when empty.</summary>
    public long Min { get; private set; }

    /// <summary>Largest value recorded, or 0 when empty.</summary>
    public long Max { get; private set; }

    /// <summary>Mean of the values, or 0 when empty.</summary>
    public double Mean => Count == 0 ? 0 : Sum / Count;

    /// <summary>Records one value; negative values count as 0.</summary>
    public void Record(long value)
    {
        value = Math.Clamp(value, 0, HighestTrackableValue);
        _counts[IndexOf(value)]++;
        Min = Count == 0 ? value : Math.Min(Min, value);
        Max = Math.Max(Max, value);
        Sum += value;
        Count++;
    }

    /// <summary>Adds every value of <paramref name="other"/> (same highest trackable value) into this one.</summary>
    public void Add(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        RequireSameShape(other);
        if (other.Count == 0)
        {
            return;
        }

        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Min = Count == 0 ? other.Min : Math.Min(Min, other.Min);
        Max = Math.Max(Max, other.Max);
        Sum += other.Sum;
        Count += other.Count;
    }

    /// <summary>
    /// The values recorded here and not in <paramref name="earlier"/>, an earlier copy of the same cumulative
    /// histogram: the time series takes one interval out of running totals this way. Min and max are those of
    /// the buckets (exact ones are not recoverable from a difference).
    /// </summary>
    public LatencyHistogram Since(LatencyHistogram earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        RequireSameShape(earlier);
        var result = new LatencyHistogram(HighestTrackableValue);
        var first = -1;
        var last = -1;
        for (var i = 0; i < _counts.Length; i++)
        {
            var count = Math.Max(0, _counts[i] - earlier._counts[i]);
            result._counts[i] = count;
            if (count > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        result.Count = Math.Max(0, Count - earlier.Count);
        result.Sum = Math.Max(0, Sum - earlier.Sum);
        result.Min = first < 0 ? 0 : Math.Max(Min, LowestOf(first));
        result.Max = last < 0 ? 0 : Math.Min(Max, HighestOf(last));
        return result;
    }

    /// <summary>A copy of this histogram.</summary>
    public LatencyHistogram Copy()
    {
        var copy = new LatencyHistogram(HighestTrackableValue);
        copy.Add(this);
        return copy;
    }

    /// <summary>
    /// The value at <paramref name="percentile"/> (0–100): the midpoint of the bucket holding the value of rank
    /// ⌈p/100·count⌉, clamped to the exact min and max. 0 when empty.
    /// </summary>
    public long ValueAtPercentile(double percentile)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(Math.Clamp(percentile, 0, 100) / 100 * Count));
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                var midpoint = LowestOf(i) + ((HighestOf(i) - LowestOf(i)) / 2);
                return Math.Clamp(midpoint, Min, Max);
            }
        }

        return Max;
    }

    private void RequireSameShape(LatencyHistogram other)
    {
        if (other.HighestTrackableValue != HighestTrackableValue)
        {
            throw new ArgumentException("Histograms with different ranges cannot be combined.", nameof(other));
        }
    }

    internal static int IndexOf(long value)
    {
        if (value < LinearLimit)
        {
            return (int)value;
        }

        var highestBit = 63 - BitOperations.LeadingZeroCount((ulong)value);
        var shift = highestBit - SubBucketBits;
        var mantissa = (int)(value >> shift);
        return LinearLimit + ((shift - 1) * SubBuckets) + (mantissa - SubBuckets);
    }

    internal static long LowestOf(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var shift = ((index - LinearLimit) / SubBuckets) + 1;
        var mantissa = ((index - LinearLimit) % SubBuckets) + SubBuckets;
        return (long)mantissa << shift;
    }

    internal static long HighestOf(int index) => index < LinearLimit ? index : LowestOf(index) + (1L << (((index - LinearLimit) / SubBuckets) + 1)) - 1;
}
