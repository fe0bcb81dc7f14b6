using System.Diagnostics.Metrics;
using DigitalPost.Grains.Tests.Notifications.Hosting;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class NotificationMetricsTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    [Fact]
    public async Task Queued_sent_failed_and_dead_lettered_are_counted_per_channel()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o => o.MaxAttempts = 2);
        var counts = new Dictionary<(string, string), long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == harness.Metrics.Meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var channel = tags.ToArray().Single(t => t.Key == "channel").Value as string ?? "";
            lock (counts)
            {
                counts[(instrument.Name, channel)] = counts.GetValueOrDefault((instrument.Name, channel)) + value;
            }
        });
        listener.Start();
        var provider = new ScriptedDispatcher();
        provider.OnSend = (n, _) => n.Address == "+4511111111" ? throw new InvalidOperationException("refused") : Task.CompletedTask;
        var dispatcher = harness.Dispatcher(provider);

        await harness.Outbox.EnqueueAsync(TestRequests.NewPost(new([], ["22222222", "11111111", "+46701234567"], []), harness.Time.GetUtcNow()));
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        harness.Time.Advance(harness.Options.MaxRetryDelay * 2);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(2, counts[("digitalpost.notifications.queued", "sms")]);
        Assert.Equal(1, counts[("digitalpost.notifications.sent", "sms")]);
        Assert.Equal(1, counts[("digitalpost.notifications.failed", "sms")]);
        Assert.Equal(2, counts[("digitalpost.notifications.dead_lettered", "sms")]);
    }
}
