using System.Diagnostics.Metrics;
using DigitalPost.GraphQLGateway.Operations;

namespace DigitalPost.GraphQLGateway.Tests.Composition;

public sealed class PrometheusMetricsExporterTests
{
    [Fact]
    public void Counters_gauges_and_histograms_are_written_in_the_text_format()
    {
        var meterName = "DigitalPost.Test." + Guid.NewGuid().ToString("N");
        using var exporter = new PrometheusMetricsExporter([meterName]);
        using var meter = new Meter(meterName);
        var counter = meter.CreateCounter<long>("test.calls", description: "Calls.");
        var histogram = meter.CreateHistogram<double>("test.latency", "s");
        var queue = 4;
        meter.CreateObservableGauge("test.queue", () => queue);
        using var ignored = new Meter("Other.Meter");
        ignored.CreateCounter<long>("other.calls").Add(5);

        counter.Add(2, new KeyValuePair<string, object?>("kind", "a\"b"));
        counter.Add(3, new KeyValuePair<string, object?>("kind", "a\"b"));
        histogram.Record(0.003);
        histogram.Record(0.2);
        histogram.Record(30);
        var text = exporter.Write();
        queue = 9;
        var second = exporter.Write();

        Assert.Contains("# HELP test_calls_total Calls.\n# TYPE test_calls_total counter\ntest_calls_total{kind=\"a\\\"b\"} 5\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_bucket{le=\"0.0025\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_bucket{le=\"0.005\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_bucket{le=\"0.25\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_bucket{le=\"10\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_bucket{le=\"+Inf\"} 3\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_count 3\n", text, StringComparison.Ordinal);
        Assert.Contains("test_latency_seconds_sum 30.203", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE test_queue gauge\ntest_queue 4\n", text, StringComparison.Ordinal);
        Assert.Contains("test_queue 9\n", second, StringComparison.Ordinal);
        Assert.DoesNotContain("other_calls", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gateway.request.duration", "gateway_request_duration")]
    [InlineData("9lives", "_9lives")]
    [InlineData("a-b c", "a_b_c")]
    public void Names_are_sanitized(string name, string expected) => Assert.Equal(expected, PrometheusMetricsExporter.SanitizeName(name));

    [Theory]
    [InlineData("query Look0101901234", "query Look010190-****")]
    [InlineData("010190-1234 and 12345678901", "010190-**** and 12345678901")]
    [InlineData("no digits", "no digits")]
    public void Log_text_masks_cpr_shaped_digits(string text, string expected) => Assert.Equal(expected, LogSafeText.Mask(text));
}
