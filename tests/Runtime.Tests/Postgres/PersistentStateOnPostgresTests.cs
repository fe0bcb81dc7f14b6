using System.Text.Json;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Runtime.Tests.Postgres.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using DigitalPost.Testing.Postgres;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Postgres;

/// <summary>The runtime with <c>AddPostgresGrainStorage()</c> on a real PostgreSQL database.</summary>
public sealed class PersistentStateOnPostgresTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task State_survives_deactivation_on_postgres()
    {
        var key = Guid.NewGuid().ToString("N");
        await using var silo = await StartSiloAsync();
        var grain = silo.Grains.GetGrain<IStoredCounterGrain>(key);
        await grain.Increment();
        await grain.Increment();

        await grain.Deactivate();
        var after = await grain.Get();

        Assert.Equal(2, after.Count);
        Assert.Equal(1L, await CountRowsAsync(key));
    }

    [Fact]
    public async Task State_survives_a_silo_restart_on_postgres_including_state_written_on_deactivation()
    {
        var key = Guid.NewGuid().ToString("N");
        var silo = await StartSiloAsync();
        var grain = silo.Grains.GetGrain<IStoredCounterGrain>(key);
        await grain.Increment();
        await grain.Increment();
        await grain.Increment();
        await grain.Touch();
        await grain.Touch();

        await using var restarted = await silo.RestartAsync();
        var state = await restarted.Grains.GetGrain<IStoredCounterGrain>(key).Get();

        Assert.Equal(3, state.Count);
        Assert.Equal(2, state.Touches);
    }

    [Fact]
    public async Task Stale_etag_write_from_a_second_activation_fails_and_the_stored_state_is_unchanged()
    {
        // Two silos on one database each activate the grain: what a silo that lost its partition
        // lease but still runs would do. The ETag must fence the stale one.
        var key = Guid.NewGuid().ToString("N");
        await using var current = await StartSiloAsync();
        await using var stale = await StartSiloAsync();
        var onCurrent = current.Grains.GetGrain<IStoredCounterGrain>(key);
        var onStale = stale.Grains.GetGrain<IStoredCounterGrain>(key);
        await onCurrent.Get();
        await onStale.Get();
        await onCurrent.Increment();
        await onCurrent.Increment();

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(() => onStale.Increment());
        var stored = await current.Services.GetRequiredService<IGrainStorage>().ReadAsync(refused.Key, CancellationToken.None);

        Assert.Null(refused.ExpectedETag);
        Assert.Equal(stored.ETag, refused.StoredETag);
        Assert.Equal(2, JsonSerializer.Deserialize<StoredCounterState>(stored.Data.Span, JsonSerializerOptions.Web)!.Count);
        Assert.Equal(2, (await onCurrent.Get()).Count);
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_after_it()
    {
        var key = Guid.NewGuid().ToString("N");
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var due = clock.GetUtcNow().AddMinutes(5);
        var signal = new ReminderSignal();
        var silo = await StartSiloAsync(clock, signal);
        await silo.Grains.GetGrain<IReminderProbeGrain>(key).Schedule("wake-up", TimeSpan.FromMinutes(5));

        await using var restarted = await silo.RestartAsync();
        var fired = signal.WhenFired(key, "wake-up");
        clock.AdvanceTo(due.AddMinutes(-1));
        Assert.False(fired.IsCompleted);
        // Exactly to the due time: going further would also pass the tick's call deadline on the fake clock.
        clock.AdvanceTo(due);

        await fired.WaitAsync(Patience);
    }

    private Task<RuntimeTestHost> StartSiloAsync(ManualTimeProvider? clock = null, ReminderSignal? signal = null) =>
        RuntimeTestHost.StartAsync(
            services =>
            {
                services.AddSingleton(signal ?? new ReminderSignal());
                services.AddPostgresGrainStorage(database.Configure);
            },
            time: clock);

    private async Task<long> CountRowsAsync(string grainKey)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM grain_state WHERE grain_key = $1");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = grainKey });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
