using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Reminders;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Runtime.Tests.Postgres;

public sealed class PostgresReminderTableTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 30, 15, 123, 456, TimeSpan.Zero);
    private PostgresDatabase _database = null!;
    private PostgresReminderTable _table = null!;

    public async Task InitializeAsync()
    {
        _database = await fixture.StartPostgresDatabaseAsync();
        _table = new PostgresReminderTable(_database, TimeProvider.System);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Reading_returns_only_the_reminders_of_the_requested_partitions()
    {
        var grain = Guid.NewGuid().ToString("N");
        await _table.UpsertAsync(new ReminderEntry("G", grain, 7001, "a", Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        await _table.UpsertAsync(new ReminderEntry("G", grain + "x", 7002, "b", Start, TimeSpan.FromMinutes(1)), CancellationToken.None);
        await _table.UpsertAsync(new ReminderEntry("G", grain + "y", 7003, "c", Start, TimeSpan.FromMinutes(1)), CancellationToken.None);

        var read = await _table.ReadAsync([7001, 7003], CancellationToken.None);

        Assert.Equal(["a", "c"], read.Select(r => r.Name).Order());
    }

    [Fact]
    public async Task A_reminder_round_trips_with_its_period_exact_and_its_start_to_the_microsecond()
    {
        var entry = new ReminderEntry("G", Guid.NewGuid().ToString("N"), 7100, "r", Start.ToOffset(TimeSpan.FromHours(2)), TimeSpan.FromTicks(123_456_789_012));

        await _table.UpsertAsync(entry, CancellationToken.None);
        var read = Assert.Single(await _table.ReadAsync([7100], CancellationToken.None));

        Assert.Equal(entry.GrainType, read.GrainType);
        Assert.Equal(entry.GrainKey, read.GrainKey);
        Assert.Equal(entry.Partition, read.Partition);
        Assert.Equal(entry.Period, read.Period);
        Assert.Equal(entry.StartAt, read.StartAt);
    }

    [Fact]
    public async Task Upsert_replaces_the_reminder_with_the_same_grain_and_name()
    {
        var grain = Guid.NewGuid().ToString("N");
        await _table.UpsertAsync(new ReminderEntry("G", grain, 7200, "r", Start, TimeSpan.FromMinutes(1)), CancellationToken.None);

        await _table.UpsertAsync(new ReminderEntry("G", grain, 7200, "r", Start.AddHours(1), TimeSpan.Zero), CancellationToken.None);
        var read = Assert.Single(await _table.ReadAsync([7200], CancellationToken.None));

        Assert.Equal(Start.AddHours(1), read.StartAt);
        Assert.Equal(TimeSpan.Zero, read.Period);
    }

    [Fact]
    public async Task Remove_reports_whether_a_reminder_was_removed()
    {
        var grain = Guid.NewGuid().ToString("N");
        await _table.UpsertAsync(new ReminderEntry("G", grain, 7300, "r", Start, TimeSpan.FromMinutes(1)), CancellationToken.None);

        Assert.True(await _table.RemoveAsync("G", grain, "r", CancellationToken.None));
        Assert.False(await _table.RemoveAsync("G", grain, "r", CancellationToken.None));
        Assert.Empty(await _table.ReadAsync([7300], CancellationToken.None));
    }

    [Fact]
    public async Task A_negative_period_is_rejected()
    {
        var entry = new ReminderEntry("G", "k", 7400, "r", Start, TimeSpan.FromSeconds(-1));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _table.UpsertAsync(entry, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Reading_no_partitions_returns_nothing()
    {
        Assert.Empty(await _table.ReadAsync([], CancellationToken.None));
    }
}
