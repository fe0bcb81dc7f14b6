using System.Diagnostics.Metrics;
using DigitalPost.GraphQLGateway.Operations;

namespace DigitalPost.GraphQLGateway.Tests.Operations;

/// <summary>Measurements find their series without building a key: the same tags in any order are one series, anything else another.</summary>
public sealed class MetricsSeriesTests
{
    [Fact]
    public void The_same_tags_in_another_order_add_to_the_same_series()
    {
        var (exporter, meter) = Start();
        using (exporter)
        using (meter)
        {
            var counter = meter.CreateCounter<long>("test.calls");
            counter.Add(1, new("a", "x"), new("b", "y"));
            counter.Add(2, new("b", "y"), new("a", "x"));
            counter.Add(4, new("a", "x"), new("b", "y"));

            var text = exporter.Write();

            Assert.Contains("test_calls_total{a=\"x\",b=\"y\"} 7\n", text, StringComparison.Ordinal);
            Assert.Single(Lines(text, "test_calls_total{"));
        }
    }

    [Fact]
    public void Different_values_names_or_tag_counts_are_different_series()
    {
        var (exporter, meter) = Start();
        using (exporter)
        using (meter)
        {
            var counter = meter.CreateCounter<long>("test.calls");
            for (var i = 0; i < 2; i++)
            {
                counter.Add(1, new KeyValuePair<string, object?>("a", "x"));
                counter.Add(10, new KeyValuePair<string, object?>("a", "y"));
                counter.Add(100, new KeyValuePair<string, object?>("b", "x"));
                counter.Add(1000, new("a", "x"), new("b", "x"));
                counter.Add(10000);
            }

            var text = exporter.Write();

            Assert.Contains("test_calls_total{a=\"x\"} 2\n", text, StringComparison.Ordinal);
            Assert.Contains("test_calls_total{a=\"y\"} 20\n", text, StringComparison.Ordinal);
            Assert.Contains("test_calls_total{b=\"x\"} 200\n", text, StringComparison.Ordinal);
            Assert.Contains("test_calls_total{a=\"x\",b=\"x\"} 2000\n", text, StringComparison.Ordinal);
            Assert.Contains("test_calls_total 20000\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_repeated_tag_name_never_matches_a_series_with_distinct_names()
    {
        var (exporter, meter) = Start();
        using (exporter)
        using (meter)
        {
            var counter = meter.CreateCounter<long>("test.calls");
            counter.Add(1, new("a", "x"), new("b", "x"));
            counter.Add(5, new("a", "x"), new("a", "x"));
            counter.Add(1, new("a", "x"), new("b", "x"));

            var text = exporter.Write();

            Assert.Contains("test_calls_total{a=\"x\",b=\"x\"} 2\n", text, StringComparison.Ordinal);
            Assert.Contains("test_calls_total{a=\"x\",a=\"x\"} 5\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Non_string_tag_values_match_their_invariant_text()
    {
        var (exporter, meter) = Start();
        using (exporter)
        using (meter)
        {
            var histogram = meter.CreateHistogram<double>("test.latency", "s");
            histogram.Record(0.003, new KeyValuePair<string, object?>("status", 200));
            histogram.Record(0.2, new KeyValuePair<string, object?>("status", 200));
            histogram.Record(0.2, new KeyValuePair<string, object?>("status", 1.5));

            var text = exporter.Write();

            Assert.Contains("test_latency_seconds_count{status=\"200\"} 2\n", text, StringComparison.Ordinal);
            Assert.Contains("test_latency_seconds_count{status=\"1.5\"} 1\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void More_series_than_the_scan_holds_are_all_still_counted()
    {
        var (exporter, meter) = Start();
        using (exporter)
        using (meter)
        {
            var counter = meter.CreateCounter<long>("test.calls");
            for (var round = 0; round < 3; round++)
            {
                for (var i = 0; i < 40; i++)
                {
                    counter.Add(1, new KeyValuePair<string, object?>("code", "C" + i));
                }
            }

            var text = exporter.Write();

            Assert.Equal(40, Lines(text, "test_calls_total{").Count);
            Assert.All(Lines(text, "test_calls_total{"), line => Assert.EndsWith(" 3", line, StringComparison.Ordinal));
        }
    }

    private static (PrometheusMetricsExporter Exporter, Meter Meter) Start()
    {
        var name = "DigitalPost.Test." + Guid.NewGuid().ToString("N");
        return (new PrometheusMetricsExporter([name]), new Meter(name));
    }

    private static List<string> Lines(string text, string prefix) =>
        text.Split('\n').Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).ToList();
}
