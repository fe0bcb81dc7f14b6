using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using DigitalPost.Testing.Time;
using Npgsql;
using static DigitalPost.Grains.Tests.Registry.RegistryTestData;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>Each test gets its own database: the dispatcher works on everything pending.</summary>
public sealed class RegistryEventDispatcherTests(RegistryDatabaseFixture fixture) : IClassFixture<RegistryDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Each_handler_gets_each_event_exactly_once_when_the_dispatcher_restarts_mid_way()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var events = await ApplyBirthsAsync(dataSource, "0101701111", "0201701111", "0301701111", "0401701111", "0501701111");
        var archive = new RecordingRegistryEventHandler("archive");
        var mailboxes = new RecordingRegistryEventHandler("mailboxes");
        using var stop = new CancellationTokenSource();
        // The silo stops while "mailboxes" handles the third event: "archive" already has it.
        mailboxes.BeforeHandling = e =>
        {
            if (e.EventId == events[2].EventId && !stop.IsCancellationRequested)
            {
                stop.Cancel();
            }
        };

        var first = NewDispatcher(dataSource, _clock, null, archive, mailboxes);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.DispatchPendingAsync(stop.Token));
        var seenBeforeRestart = mailboxes.Handled.Count;
        var restarted = NewDispatcher(dataSource, _clock, null, archive, mailboxes);
        var delivered = await restarted.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(2, seenBeforeRestart);
        Assert.Equal(3, delivered);
        Assert.All(events, e => Assert.Equal(1, archive.CountOf(e.EventId)));
        Assert.All(events, e => Assert.Equal(1, mailboxes.CountOf(e.EventId)));
        Assert.Equal(events.Select(e => e.EventId), mailboxes.Handled.Select(e => e.EventId));
        Assert.Equal(0, await PendingAsync(dataSource));
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_by_the_next_dispatcher()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        // Committed by a registry whose process "died" before any dispatch pass ran.
        var events = await ApplyBirthsAsync(dataSource, "1111801111");
        var handler = new RecordingRegistryEventHandler("mailboxes");

        var delivered = await NewDispatcher(dataSource, _clock, null, handler).DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(1, delivered);
        Assert.Equal(events[0], Assert.Single(handler.Handled));
    }

    [Fact]
    public async Task A_failing_handler_gets_the_event_again_after_the_retry_delay_and_later_events_wait()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var events = await ApplyBirthsAsync(dataSource, "0101751111", "0201751111");
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var failures = 1;
        handler.BeforeHandling = e =>
        {
            if (e.EventId == events[0].EventId && failures-- > 0)
            {
                throw new InvalidOperationException("mailbox store unavailable");
            }
        };
        var options = new RegistryOptions { RetryDelay = TimeSpan.FromSeconds(10) };
        var dispatcher = NewDispatcher(dataSource, _clock, options, handler);

        var firstPass = await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var tooEarly = await dispatcher.DispatchPendingAsync(CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));
        var afterDelay = await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(0, firstPass);
        Assert.Equal(0, tooEarly);
        Assert.Equal(2, afterDelay);
        Assert.Equal(events.Select(e => e.EventId), handler.Handled.Select(e => e.EventId));
        await using var command = dataSource.CreateCommand("SELECT attempts, last_error IS NULL FROM registry_event WHERE event_id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = events[0].EventId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(1, reader.GetInt32(0));
        Assert.True(reader.GetBoolean(1));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_deliver_each_event_once()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var events = await ApplyBirthsAsync(dataSource, "0101761111", "0201761111", "0301761111");
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new ManualResetEventSlim();
        handler.BeforeHandling = e =>
        {
            if (e.EventId == events[0].EventId && !entered.Task.IsCompleted)
            {
                entered.SetResult();
                release.Wait(TimeSpan.FromSeconds(30));
            }
        };

        // The first pass holds the advisory lock while it is inside the handler; the second finds it taken.
        var first = Task.Run(() => NewDispatcher(dataSource, _clock, null, handler).DispatchPendingAsync(CancellationToken.None));
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await NewDispatcher(dataSource, _clock, null, handler).DispatchPendingAsync(CancellationToken.None);
        release.Set();

        Assert.Equal(0, second);
        Assert.Equal(3, await first);
        Assert.All(events, e => Assert.Equal(1, handler.CountOf(e.EventId)));
    }

    [Fact]
    public void Handlers_with_the_same_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => NewDispatcher(fixture.DataSource, _clock, null, new RecordingRegistryEventHandler("a"), new RecordingRegistryEventHandler("a")));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    private async Task<List<RegistryEvent>> ApplyBirthsAsync(NpgsqlDataSource dataSource, params string[] cprs)
    {
        // A registry without handlers: its own dispatcher would deliver nothing to the test's handlers.
        var registry = NewRegistry(dataSource, NewDispatcher(dataSource, _clock), _clock);
        var events = new List<RegistryEvent>();
        foreach (var cpr in cprs)
        {
            var born = Born(cpr);
            await registry.ApplyAsync(born);
            events.Add(born);
        }

        return events;
    }

    private static async Task<long> PendingAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM registry_event WHERE dispatched_at IS NULL");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
