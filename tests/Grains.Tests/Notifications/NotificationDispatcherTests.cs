using DigitalPost.Grains.Interfaces.Mailboxes;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Tests.Notifications.Hosting;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class NotificationDispatcherTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    [Fact]
    public async Task Dispatch_writes_one_line_per_notification_to_the_development_file()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        var request = TestRequests.NewPost(new NotificationSettings(["jens@example.dk"], ["12345678"], ["fcm:dGhpcyBpcyBhIHRva2Vu"]), harness.Time.GetUtcNow());
        await harness.Outbox.EnqueueAsync(request);

        Assert.Equal(3, await harness.DevelopmentDispatcher().DispatchDueAsync(CancellationToken.None));

        var lines = harness.Lines();
        // Sends within a batch run concurrently: the file's order is not the rows' order.
        Assert.Equal(
            [(NotificationChannel.Email, "jens@example.dk"), (NotificationChannel.Sms, "+4512345678"), (NotificationChannel.Push, "fcm:dGhpcyBpcyBhIHRva2Vu")],
            lines.Select(l => (l.Channel, l.To)).OrderBy(l => l.Channel));
        var template = NotificationTemplate.Defaults["da"][NotificationKind.NewPost];
        Assert.All(lines, l =>
        {
            Assert.Equal(template.Text, l.Text);
            Assert.Equal(request.NotificationId, l.NotificationId);
            Assert.Equal(harness.Time.GetUtcNow(), l.SentAt);
        });
        Assert.DoesNotContain(TestRequests.Owner.Value, File.ReadAllText(harness.File.Path), StringComparison.Ordinal);
        Assert.All(await harness.RowsAsync(), r => Assert.Equal(("sent", 1), (r.State, r.Attempts)));
        Assert.Equal(0, await harness.DevelopmentDispatcher().DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_send_is_retried_with_exponential_backoff_then_dead_lettered_with_the_last_error()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.MaxAttempts = 3;
            o.RetryDelay = TimeSpan.FromSeconds(10);
        });
        var provider = new ScriptedDispatcher();
        var failures = 0;
        provider.OnSend = (_, _) => throw new InvalidOperationException($"provider down #{++failures}");
        var dispatcher = harness.Dispatcher(provider);
        await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()));
        var start = harness.Time.GetUtcNow();

        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        var row = Assert.Single(await harness.RowsAsync());
        Assert.Equal(("pending", 1, start.AddSeconds(10)), (row.State, row.Attempts, row.NextAttemptAt));

        harness.Time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        row = Assert.Single(await harness.RowsAsync());
        Assert.Equal(("pending", 2, start.AddSeconds(10 + 20)), (row.State, row.Attempts, row.NextAttemptAt));

        harness.Time.Advance(TimeSpan.FromSeconds(19.9));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));

        row = Assert.Single(await harness.RowsAsync());
        Assert.Equal(("dead", 3, "InvalidOperationException: provider down #3"), (row.State, row.Attempts, row.LastError));
        Assert.Equal(3, provider.Calls.Count);
        harness.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_send_that_fails_once_is_sent_on_the_retry()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o => o.RetryDelay = TimeSpan.FromSeconds(5));
        var provider = new ScriptedDispatcher();
        provider.OnSend = (n, _) => n.Attempt == 1 ? throw new TimeoutException("gateway timeout") : Task.CompletedTask;
        var dispatcher = harness.Dispatcher(provider);
        await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()));

        await dispatcher.DispatchDueAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var row = Assert.Single(await harness.RowsAsync());
        Assert.Equal(("sent", 2), (row.State, row.Attempts));
        Assert.Equal([1, 2], provider.Calls.Select(c => c.Attempt));
    }

    [Fact]
    public async Task Backoff_doubles_per_attempt_with_bounded_jitter_and_a_cap()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.RetryDelay = TimeSpan.FromSeconds(10);
            o.MaxRetryDelay = TimeSpan.FromSeconds(60);
            o.RetryJitter = 0.5;
        });
        var dispatcher = harness.DevelopmentDispatcher();

        var first = Enumerable.Range(0, 200).Select(_ => dispatcher.RetryDelay(1)).ToList();
        var third = Enumerable.Range(0, 200).Select(_ => dispatcher.RetryDelay(3)).ToList();
        var tenth = Enumerable.Range(0, 200).Select(_ => dispatcher.RetryDelay(10)).ToList();

        Assert.All(first, d => Assert.InRange(d, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15)));
        Assert.All(third, d => Assert.InRange(d, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(60)));
        Assert.All(tenth, d => Assert.InRange(d, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(90)));
        Assert.True(first.Distinct().Count() > 1, "jitter spreads the retries");
    }

    [Fact]
    public async Task A_crashed_dispatchers_lease_expires_and_another_claims_the_row_exactly_once()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.LeaseDuration = TimeSpan.FromMinutes(2);
            o.SendTimeout = TimeSpan.FromMinutes(1);
        });
        var hung = new ScriptedDispatcher();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A dispatcher that stops responding mid-send (a crashed or frozen process): it ignores cancellation.
        hung.OnSend = (_, _) =>
        {
            started.TrySetResult();
            return release.Task;
        };
        var crashed = harness.Dispatcher(hung);
        var survivor = harness.DevelopmentDispatcher();
        await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms("12345678"), harness.Time.GetUtcNow()));

        var crashedPass = crashed.DispatchDueAsync(CancellationToken.None);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, await survivor.DispatchDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await survivor.DispatchDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await survivor.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await survivor.DispatchDueAsync(CancellationToken.None));

        // The frozen dispatcher wakes up and reports success: the row is no longer its own, nothing changes.
        release.SetResult();
        Assert.Equal(1, await crashedPass.WaitAsync(TimeSpan.FromSeconds(30)));

        var line = Assert.Single(harness.Lines());
        Assert.Equal(2, line.Attempt);
        var row = Assert.Single(await harness.RowsAsync());
        Assert.Equal(("sent", 2), (row.State, row.Attempts));
    }

    [Fact]
    public async Task The_rate_limit_is_honoured_per_window_of_clock_time()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.NotificationsPerSecond = 5;
            o.Burst = 5;
        });
        var dispatcher = harness.DevelopmentDispatcher();
        for (var i = 0; i < 23; i++)
        {
            await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms($"{20000000 + i}"), harness.Time.GetUtcNow()));
        }

        var perWindow = new List<int>();
        for (var window = 0; window < 6; window++)
        {
            var count = 0;
            int claimed;
            while ((claimed = await dispatcher.DispatchDueAsync(CancellationToken.None)) > 0)
            {
                count += claimed;
            }

            perWindow.Add(count);
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([5, 5, 5, 5, 3, 0], perWindow);
        Assert.Equal(23, harness.Lines().Count);
        Assert.All(harness.Lines().GroupBy(l => l.SentAt), g => Assert.True(g.Count() <= 5));
    }

    [Fact]
    public async Task The_token_bucket_refills_continuously()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.NotificationsPerSecond = 5;
            o.Burst = 5;
        });
        var dispatcher = harness.DevelopmentDispatcher();
        for (var i = 0; i < 10; i++)
        {
            await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms($"{30000000 + i}"), harness.Time.GetUtcNow()));
        }

        Assert.Equal(5, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.FromMilliseconds(200), dispatcher.TimeUntilNextToken());
        harness.Time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_delegate_who_opted_in_is_notified_on_their_own_channels()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource);
        harness.Delegates.Settings[TestRequests.Delegate.Value] = new NotificationSettings(["mette@example.dk"], ["0045 22 33 44 55", "+47 12345678"], []);
        var dispatcher = harness.DevelopmentDispatcher();
        await harness.Outbox.EnqueueAsync(TestRequests.NewPost(NotificationSettings.None, harness.Time.GetUtcNow(), delegateCpr: TestRequests.Delegate.Value));

        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(2, await dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(
            [(NotificationChannel.Email, "mette@example.dk"), (NotificationChannel.Sms, "+4522334455")],
            harness.Lines().Select(l => (l.Channel, l.To)).OrderBy(l => l.Channel));
        var rows = await harness.RowsAsync();
        Assert.Equal("sent", Assert.Single(rows, r => r.Channel == "delegate").State);
        Assert.Equal("SMS notifications accept Danish +45 numbers only; got +47 12345678", Assert.Single(rows, r => r.State == "dead").LastError);
    }

    [Fact]
    public async Task Finished_notifications_are_purged_after_the_retention_and_pending_ones_never()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.Retention = TimeSpan.FromDays(30);
            o.RetryDelay = TimeSpan.FromDays(40);
            o.MaxRetryDelay = TimeSpan.FromDays(40);
        });
        var provider = new ScriptedDispatcher();
        provider.OnSend = (n, _) => n.Address == "+4511111111" ? throw new InvalidOperationException("down") : Task.CompletedTask;
        var dispatcher = harness.Dispatcher(provider);
        var sent = TestRequests.NewPost(TestRequests.Sms("22222222"), harness.Time.GetUtcNow());
        var retrying = TestRequests.NewPost(TestRequests.Sms("11111111"), harness.Time.GetUtcNow());
        await harness.Outbox.EnqueueAsync(sent);
        await harness.Outbox.EnqueueAsync(retrying);
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        harness.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await dispatcher.PurgeFinishedAsync(CancellationToken.None));
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await dispatcher.PurgeFinishedAsync(CancellationToken.None));

        Assert.Empty(await harness.RowsAsync(sent.NotificationId));
        Assert.Equal("pending", Assert.Single(await harness.RowsAsync(retrying.NotificationId)).State);
    }

    [Fact]
    public async Task Concurrent_dispatchers_share_the_rows_and_send_each_exactly_once()
    {
        await using var harness = await OutboxHarness.CreateAsync(db.DataSource, o =>
        {
            o.BatchSize = 7;
            o.MaxConcurrency = 3;
        });
        for (var i = 0; i < 60; i++)
        {
            await harness.Outbox.EnqueueAsync(TestRequests.NewPost(TestRequests.Sms($"{40000000 + i}"), harness.Time.GetUtcNow()));
        }

        var dispatchers = Enumerable.Range(0, 3).Select(_ => harness.DevelopmentDispatcher()).ToList();
        var claimedPerDispatcher = await Task.WhenAll(dispatchers.Select(async d =>
        {
            var total = 0;
            int claimed;
            while ((claimed = await d.DispatchDueAsync(CancellationToken.None)) > 0)
            {
                total += claimed;
            }

            return total;
        }));

        Assert.Equal(60, claimedPerDispatcher.Sum());
        var lines = harness.Lines();
        Assert.Equal(60, lines.Count);
        Assert.Equal(60, lines.Select(l => l.To).Distinct().Count());
        Assert.All(await harness.RowsAsync(), r => Assert.Equal(("sent", 1), (r.State, r.Attempts)));
    }
}
