using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// Interactive latency as this process measures it anyway: a <see cref="MeterListener"/> on the histogram
/// <see cref="MassSendGovernorOptions.LatencyInstrument"/> of the meter <see cref="MassSendGovernorOptions.LatencyMeter"/>
/// (the gateway's request durations), counting only measurements whose <c>operation_type</c> tag is listed in
/// <see cref="MassSendGovernorOptions.LatencyOperationTypes"/>. It holds at most <see cref="Capacity"/> measurements per
/// window (a uniform sample of the rest), so a busy gateway costs a lock and an array write per request.
/// In a silo without the gateway nothing is measured, and the governor lets the pipeline run at full speed.
/// </summary>
public sealed class MeterLatencySource : IInteractiveLatencySource, IDisposable
{
    /// <summary>Measurements kept per window.</summary>
    public const int Capacity = 8192;

    private readonly MeterListener _listener = new();
    private readonly IReadOnlySet<string> _operationTypes;
    private readonly Lock _lock = new();
    private readonly double[] _samples = new double[Capacity];
    private long _seen;

    public MeterLatencySource(IOptions<MassSendOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var governor = options.Value.Governor;
        _operationTypes = governor.OperationTypes;
        if (!governor.Enabled)
        {
            return;
        }

        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == governor.LatencyMeter && instrument.Name == governor.LatencyInstrument)
            {
                // The state is the factor to milliseconds.
                listener.EnableMeasurementEvents(instrument, instrument.Unit is "ms" ? 1.0 : 1000.0);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, state) => OnMeasurement(value, tags, state));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, state) => OnMeasurement(value, tags, state));
        _listener.Start();
    }

    /// <inheritdoc />
    public LatencyWindow Take(double percentile)
    {
        double[] window;
        lock (_lock)
        {
            window = _samples.AsSpan(0, (int)Math.Min(_seen, Capacity)).ToArray();
            _seen = 0;
        }

        return LatencyPercentile.Of(window, percentile);
    }

    /// <inheritdoc />
    public void Dispose() => _listener.Dispose();

    private void OnMeasurement(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (_operationTypes.Count > 0 && !Counts(tags))
        {
            return;
        }

        Record(value * (double)state!);
    }

    /// <summary>Adds one measurement in milliseconds (reservoir sampling beyond <see cref="Capacity"/>).</summary>
    public void Record(double milliseconds)
    {
        lock (_lock)
        {
            var index = _seen < Capacity ? _seen : Random.Shared.NextInt64(_seen + 1);
            _seen++;
            if (index < Capacity)
            {
                _samples[index] = milliseconds;
            }
        }
    }

    private bool Counts(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "operation_type")
            {
                return tag.Value is string type && _operationTypes.Contains(type);
            }
        }

        return false;
    }
}
