using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DigitalPost.Runtime.Diagnostics;

/// <summary>
/// Meters and traces of the runtime. Meter and activity source are both named
/// <see cref="Name"/>: calls, activations, deactivations, timeouts, reminders, queue length,
/// activation latency.
/// </summary>
public sealed class RuntimeInstruments : IDisposable
{
    /// <summary>Name of the meter and the activity source.</summary>
    public const string Name = "DigitalPost.Runtime";

    /// <summary>Traces activations, deactivations and (when listened to) stream deliveries.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _timeouts;
    private readonly Counter<long> _activations;
    private readonly Counter<long> _deactivations;
    private readonly Counter<long> _reminders;
    private readonly Histogram<double> _activationDuration;

    internal RuntimeInstruments(Func<int> activationCount, Func<int> queueLength)
    {
        _meter = new Meter(Name);
        _calls = _meter.CreateCounter<long>("digitalpost.runtime.grain.calls", "{call}", "Grain calls issued on this silo.");
        _timeouts = _meter.CreateCounter<long>("digitalpost.runtime.grain.call_timeouts", "{call}", "Grain calls that missed their deadline.");
        _activations = _meter.CreateCounter<long>("digitalpost.runtime.grain.activations_created", "{activation}", "Activations that completed OnActivateAsync.");
        _deactivations = _meter.CreateCounter<long>("digitalpost.runtime.grain.deactivations", "{activation}", "Activations deactivated.");
        _reminders = _meter.CreateCounter<long>("digitalpost.runtime.reminders.fired", "{tick}", "Reminder ticks delivered.");
        _activationDuration = _meter.CreateHistogram<double>("digitalpost.runtime.grain.activation_duration", "ms", "Time to read state and run OnActivateAsync.");
        _meter.CreateObservableGauge("digitalpost.runtime.grain.activations", activationCount, "{activation}", "Activations in the activation table.");
        _meter.CreateObservableGauge("digitalpost.runtime.grain.queue_length", queueLength, "{call}", "Calls waiting for their turn, over all activations.");
    }

    internal void CallStarted() => _calls.Add(1);

    internal void CallTimedOut() => _timeouts.Add(1);

    internal void Activated(TimeSpan duration)
    {
        _activations.Add(1);
        _activationDuration.Record(duration.TotalMilliseconds);
    }

    internal void Deactivated() => _deactivations.Add(1);

    internal void ReminderFired() => _reminders.Add(1);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
