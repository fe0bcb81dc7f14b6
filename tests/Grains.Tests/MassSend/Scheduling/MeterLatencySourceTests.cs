using System.Diagnostics.Metrics;
using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.MassSend.Scheduling;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The interactive latency comes from the configured histogram, per window, in milliseconds, without subscriptions.</summary>
public sealed class MeterLatencySourceTests : IDisposable
{
    // A meter of its own per test: listeners are process-wide, other tests must not feed this one.
    private readonly Meter _meter = new("test-gateway-" + Guid.NewGuid().ToString("N"));

    private MeterLatencySource Create(string instrument = "gateway.request.duration", bool enabled = true)
    {
        var options = new MassSendOptions();
        options.Governor.Enabled = enabled;
        options.Governor.LatencyMeter = _meter.Name;
        options.Governor.LatencyInstrument = instrument;
        return new MeterLatencySource(Options.Create(options));
    }

    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Type(string type) => new("operation_type", type);

    [Fact]
    public void Seconds_are_read_as_milliseconds_and_the_percentile_is_the_nearest_rank_of_the_window()
    {
        var histogram = _meter.CreateHistogram<double>("gateway.request.duration", "s");
        using var source = Create();
        for (var i = 1; i <= 100; i++)
        {
            histogram.Record(i / 1000.0, Type("query"));
        }

        var window = source.Take(99);

        Assert.Equal(100, window.Count);
        Assert.Equal(99, window.Percentile.TotalMilliseconds, 6);
    }

    [Fact]
    public void Each_window_starts_empty_after_it_was_taken()
    {
        var histogram = _meter.CreateHistogram<double>("gateway.request.duration", "ms");
        using var source = Create();
        histogram.Record(40, Type("mutation"));
        Assert.Equal(new LatencyWindow(1, TimeSpan.FromMilliseconds(40)), source.Take(99));

        Assert.Equal(LatencyWindow.Empty, source.Take(99));
        histogram.Record(3, Type("query"));
        Assert.Equal(new LatencyWindow(1, TimeSpan.FromMilliseconds(3)), source.Take(50));
    }

    [Fact]
    public void Subscriptions_untagged_measurements_and_other_instruments_do_not_count()
    {
        var histogram = _meter.CreateHistogram<double>("gateway.request.duration", "s");
        var other = _meter.CreateHistogram<double>("gateway.other", "s");
        using var source = Create();

        histogram.Record(30, Type("subscription"));
        histogram.Record(30);
        other.Record(30, Type("query"));
        histogram.Record(0.002, Type("query"));

        Assert.Equal(new LatencyWindow(1, TimeSpan.FromMilliseconds(2)), source.Take(99));
    }

    [Fact]
    public void A_disabled_governor_listens_to_nothing()
    {
        var histogram = _meter.CreateHistogram<double>("gateway.request.duration", "s");
        using var source = Create(enabled: false);

        histogram.Record(0.5, Type("query"));

        Assert.Equal(LatencyWindow.Empty, source.Take(99));
    }

    [Fact]
    public void Beyond_the_capacity_a_window_keeps_a_sample_of_every_measurement()
    {
        using var source = Create();
        for (var i = 0; i < MeterLatencySource.Capacity * 2; i++)
        {
            source.Record(i < MeterLatencySource.Capacity ? 1 : 100);
        }

        var window = source.Take(50);

        Assert.Equal(MeterLatencySource.Capacity, window.Count);
        Assert.InRange(window.Percentile.TotalMilliseconds, 1, 100);
    }
}
