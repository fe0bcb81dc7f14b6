using System.Diagnostics.Metrics;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Meter <c>DigitalPost.Notifications</c>: rows queued, sent, failed attempts (to be retried) and
/// dead-lettered, each tagged with the channel (<c>email</c>, <c>sms</c>, <c>push</c>).
/// </summary>
public sealed class NotificationMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "DigitalPost.Notifications";

    private readonly Meter _meter;
    private readonly Counter<long> _queued;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _deadLettered;

    public NotificationMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _queued = _meter.CreateCounter<long>("digitalpost.notifications.queued", "{notification}", "Notifications queued for dispatch, per channel.");
        _sent = _meter.CreateCounter<long>("digitalpost.notifications.sent", "{notification}", "Notifications a provider accepted.");
        _failed = _meter.CreateCounter<long>("digitalpost.notifications.failed", "{attempt}", "Failed send attempts that will be retried.");
        _deadLettered = _meter.CreateCounter<long>("digitalpost.notifications.dead_lettered", "{notification}", "Notifications given up on (attempts exhausted or an unusable address).");
    }

    /// <summary>The meter the counters belong to (a listener can tell this instance's measurements from others').</summary>
    public Meter Meter => _meter;

    public void Queued(string channel, long count = 1) => _queued.Add(count, new KeyValuePair<string, object?>("channel", channel));

    public void Sent(NotificationChannel channel) => _sent.Add(1, Tag(channel));

    public void Failed(NotificationChannel channel) => _failed.Add(1, Tag(channel));

    public void DeadLettered(string channel) => _deadLettered.Add(1, new KeyValuePair<string, object?>("channel", channel));

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Tag(NotificationChannel channel) => new("channel", DispatchChannels.Name(channel));
}
