namespace DigitalPost.LoadTests.Harness;

/// <summary>One thread's running totals; written by that thread only, so recording takes no lock.</summary>
internal sealed class StatsShard(long highestTrackableTicks)
{
    public LatencyHistogram Latency { get; } = new(highestTrackableTicks);

    public long Ok;

    public long Failed;

    public long Bytes;

    public void Record(Response response, TimeSpan latency)
    {
        Latency.Record(latency.Ticks);
        Bytes += response.SizeBytes;
        if (response.IsOk)
        {
            Ok++;
        }
        else
        {
            Failed++;
        }
    }
}
