using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class LatencyHistogramTests
{
    private const long Highest = 10L * 60 * TimeSpan.TicksPerSecond;

    public static TheoryData<string> Distributions => ["uniform", "exponential", "lognormal", "bimodal", "small-integers"];

    [Theory]
    [MemberData(nameof(Distributions))]
    public void Percentiles_are_within_one_percent_of_the_exact_sorted_values(string distribution)
    {
        var values = Sample(distribution, 50_000, seed: 42);
        var histogram = new LatencyHistogram(Highest);
        foreach (var value in values)
        {
            histogram.Record(value);
        }

        Array.Sort(values);
        foreach (var percentile in new[] { 1d, 10, 25, 50, 75, 90, 95, 99, 99.9, 100 })
        {
            var exact = values[Math.Max(0, (int)Math.Ceiling(percentile / 100 * values.Length) - 1)];
            var measured = histogram.ValueAtPercentile(percentile);
            Assert.True(Math.Abs(measured - exact) <= exact * 0.01, $"{distribution} p{percentile}: measured {measured}, exact {exact}");
        }

        Assert.Equal(values.Length, histogram.Count);
        Assert.Equal(values[0], histogram.Min);
        Assert.Equal(values[^1], histogram.Max);
        Assert.Equal(values.Average(value => (double)value), histogram.Mean, 6);
    }

    [Fact]
    public void Every_value_lies_in_a_bucket_narrower_than_one_percent_of_it()
    {
        var random = new Random(7);
        for (var i = 0; i < 100_000; i++)
        {
            var value = (long)Math.Exp(random.NextDouble() * Math.Log(Highest));
            var index = LatencyHistogram.IndexOf(value);
            var lowest = LatencyHistogram.LowestOf(index);
            var highest = LatencyHistogram.HighestOf(index);
            Assert.InRange(value, lowest, highest);
            Assert.True(highest - lowest <= Math.Max(0, lowest * 0.01), $"bucket [{lowest}, {highest}] for {value}");
        }
    }

    [Fact]
    public void Merged_worker_histograms_equal_one_histogram_of_all_values()
    {
        var values = Sample("lognormal", 20_000, seed: 3);
        var whole = new LatencyHistogram(Highest);
        var workers = Enumerable.Range(0, 4).Select(_ => new LatencyHistogram(Highest)).ToArray();
        for (var i = 0; i < values.Length; i++)
        {
            whole.Record(values[i]);
            workers[i % workers.Length].Record(values[i]);
        }

        var merged = new LatencyHistogram(Highest);
        foreach (var worker in workers)
        {
            merged.Add(worker);
        }

        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Min, merged.Min);
        Assert.Equal(whole.Max, merged.Max);
        Assert.Equal(whole.Sum, merged.Sum);
        foreach (var percentile in new[] { 50d, 75, 95, 99, 100 })
        {
            Assert.Equal(whole.ValueAtPercentile(percentile), merged.ValueAtPercentile(percentile));
        }
    }

    [Fact]
    public void Difference_of_cumulative_histograms_holds_only_the_later_values()
    {
        var cumulative = new LatencyHistogram(Highest);
        for (var value = 1; value <= 100; value++)
        {
            cumulative.Record(value);
        }

        var earlier = cumulative.Copy();
        for (var i = 0; i < 50; i++)
        {
            cumulative.Record(10_000);
        }

        var interval = cumulative.Since(earlier);

        Assert.Equal(50, interval.Count);
        Assert.InRange(interval.ValueAtPercentile(50), 9_900, 10_100);
        Assert.InRange(interval.Min, 9_900, 10_000);
        Assert.Equal(10_000, interval.Max);
    }

    [Fact]
    public void Values_beyond_the_range_are_clamped_and_negative_ones_count_as_zero()
    {
        var histogram = new LatencyHistogram(1_000);

        histogram.Record(5_000);
        histogram.Record(-3);

        Assert.Equal(2, histogram.Count);
        Assert.Equal(1_000, histogram.Max);
        Assert.Equal(0, histogram.Min);
    }

    [Fact]
    public void An_empty_histogram_reports_zeros()
    {
        var histogram = new LatencyHistogram(Highest);

        Assert.Equal(0, histogram.ValueAtPercentile(99));
        Assert.Equal(0, histogram.Mean);
    }

    private static long[] Sample(string distribution, int count, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return [.. Enumerable.Range(0, count).Select(_ => distribution switch
        {
            "uniform" => random.NextInt64(1, 5_000_000),
            "exponential" => (long)(-Math.Log(1 - random.NextDouble()) * 20_000) + 1,
            "lognormal" => (long)Math.Exp(9 + (1.5 * Normal())) + 1,
            "bimodal" => random.NextDouble() < 0.9 ? random.NextInt64(500, 1_500) : random.NextInt64(400_000, 2_000_000),
            "small-integers" => random.NextInt64(0, 300),
            _ => throw new ArgumentOutOfRangeException(nameof(distribution)),
        })];
    }
}
