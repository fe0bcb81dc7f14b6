using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Notifications.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class NotificationDispatcherServiceTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    [Fact]
    public async Task An_enqueue_wakes_the_background_dispatcher_without_the_clock_moving()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var provider = new ScriptedDispatcher();
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.OnSend = (_, _) =>
        {
            sent.TrySetResult();
            return Task.CompletedTask;
        };
        using var service = new NotificationDispatcherService(harness.Dispatcher(provider), harness.Signal, Options.Create(harness.Options), harness.Time, NullLogger<NotificationDispatcherService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()));

            await sent.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal("+4512345678", Assert.Single(provider.Calls).Address);
    }

    [Fact]
    public async Task A_retry_coming_due_is_dispatched_when_the_poll_interval_passes()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.RetryDelay = TimeSpan.FromSeconds(1);
            o.PollInterval = TimeSpan.FromSeconds(1);
        });
        var provider = new ScriptedDispatcher();
        var firstFailed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var retried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.OnSend = (n, _) =>
        {
            if (n.Attempt == 1)
            {
                firstFailed.TrySetResult();
                throw new InvalidOperationException("busy");
            }

            retried.TrySetResult();
            return Task.CompletedTask;
        };
        using var service = new NotificationDispatcherService(harness.Dispatcher(provider), harness.Signal, Options.Create(harness.Options), harness.Time, NullLogger<NotificationDispatcherService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()));
            await firstFailed.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // The service arms its poll timer after the failed pass is recorded; advancing before that
            // would be missed, so advance in poll-sized steps until the retry is observed.
            for (var step = 0; step < 100 && !retried.Task.IsCompleted; step++)
            {
                await Task.WhenAny(retried.Task, WaitForTimerAsync(harness));
                harness.Time.Advance(TimeSpan.FromSeconds(1));
            }

            await retried.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal([1, 2], provider.Calls.Select(c => c.Attempt));
    }

    /// <summary>Returns once the service has armed a timer on the fake clock (its poll), so an advance reaches it.</summary>
    private static async Task WaitForTimerAsync(OutboxHarness harness)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (harness.Time.ActiveTimerCount == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The dispatcher service never armed its poll timer.");
            }

            await Task.Yield();
        }
    }
}
