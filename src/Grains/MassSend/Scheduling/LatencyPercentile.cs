namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>The nearest-rank percentile of a window of measurements.</summary>
public static class LatencyPercentile
{
    /// <summary>The window of <paramref name="milliseconds"/> (sorted in place) at <paramref name="percentile"/> (0–100).</summary>
    public static LatencyWindow Of(double[] milliseconds, double percentile)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Length == 0)
        {
            return LatencyWindow.Empty;
        }

        Array.Sort(milliseconds);
        var rank = (int)Math.Ceiling(percentile / 100 * milliseconds.Length);
        var value = milliseconds[Math.Clamp(rank - 1, 0, milliseconds.Length - 1)];
        return new LatencyWindow(milliseconds.Length, TimeSpan.FromMilliseconds(value));
    }
}
