using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using static DigitalPost.Grains.Tests.Registry.RegistryTestData;

namespace DigitalPost.Grains.Tests.Registry;

public sealed class TurnedFifteenScannerTests(RegistryDatabaseFixture fixture) : IClassFixture<RegistryDatabaseFixture>
{
    private static readonly RegistryOptions Utc = new() { TimeZone = TimeZoneInfo.Utc };

    [Fact]
    public async Task The_scan_records_the_people_whose_fifteenth_birthday_has_come_day_by_day()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 0, 5, 0, TimeSpan.Zero));
        await AddPeopleAsync(dataSource, clock, "0903114111", "1003114111", "1003114222", "1103114111", "1203114111", "1303114111", "1003104111");
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var dispatcher = NewDispatcher(dataSource, clock, Utc, handler);
        var scanner = Scanner(dataSource, clock, dispatcher);

        var today = await scanner.ScanAsync(CancellationToken.None);
        var again = await scanner.ScanAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await scanner.ScanAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(2));
        var caughtUp = await scanner.ScanAsync(CancellationToken.None);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(2, today);
        Assert.Equal(0, again);
        Assert.Equal(1, tomorrow);
        Assert.Equal(2, caughtUp);
        var turned = handler.Handled.OfType<PersonTurnedFifteen>().ToList();
        Assert.Equal(["1003114111", "1003114222", "1103114111", "1203114111", "1303114111"], turned.Select(e => e.Cpr.Value));
        Assert.All(turned, e => Assert.Equal(e.Cpr.BirthDate.AddYears(15), e.EffectiveOn));
        Assert.All(turned, e => Assert.Equal(PersonTurnedFifteen.EventIdFor(e.Cpr), e.EventId));
    }

    [Fact]
    public async Task A_dead_child_gets_no_event()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        await AddPeopleAsync(dataSource, clock, "1003114333");
        var registry = NewRegistry(dataSource, NewDispatcher(dataSource, clock), clock);
        await registry.ApplyAsync(new PersonDied(Guid.NewGuid(), Cpr.Parse("1003114333"), new DateOnly(2020, 1, 1)));

        var recorded = await Scanner(dataSource, clock, NewDispatcher(dataSource, clock)).ScanAsync(CancellationToken.None);

        Assert.Equal(0, recorded);
    }

    [Fact]
    public async Task A_29_february_child_turns_fifteen_on_28_february_in_a_common_year()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var clock = new ManualTimeProvider(new DateTimeOffset(2027, 2, 27, 12, 0, 0, TimeSpan.Zero));
        await AddPeopleAsync(dataSource, clock, "2902124111");
        var scanner = Scanner(dataSource, clock, NewDispatcher(dataSource, clock));

        var onThe27th = await scanner.ScanAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(1));
        var onThe28th = await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(0, onThe27th);
        Assert.Equal(1, onThe28th);
    }

    [Fact]
    public async Task Two_scanners_on_one_database_record_each_birthday_once()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));
        await AddPeopleAsync(dataSource, clock, "1003114111", "1003114222");

        var counts = await Task.WhenAll(
            Scanner(dataSource, clock, NewDispatcher(dataSource, clock)).ScanAsync(CancellationToken.None),
            Scanner(dataSource, clock, NewDispatcher(dataSource, clock)).ScanAsync(CancellationToken.None));

        Assert.Equal(2, counts.Sum());
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM registry_event WHERE kind = 2");
        Assert.Equal(2L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Today_follows_the_configured_time_zone()
    {
        // 23:30 UTC on 9 March is already 10 March in Copenhagen (UTC+1 in winter).
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 9, 23, 30, 0, TimeSpan.Zero));
        var copenhagen = new RegistryOptions();
        var scanner = new TurnedFifteenScanner(DataSourceProvider.FromDataSource(fixture.DataSource), NewDispatcher(fixture.DataSource, clock), Options.Create(copenhagen), clock, NullLogger<TurnedFifteenScanner>.Instance);

        Assert.Equal(copenhagen.TimeZone == TimeZoneInfo.Utc ? new DateOnly(2026, 3, 9) : new DateOnly(2026, 3, 10), scanner.Today);
    }

    private static TurnedFifteenScanner Scanner(NpgsqlDataSource dataSource, TimeProvider clock, RegistryEventDispatcher dispatcher) =>
        new(DataSourceProvider.FromDataSource(dataSource), dispatcher, Options.Create(Utc), clock, NullLogger<TurnedFifteenScanner>.Instance);

    private static async Task AddPeopleAsync(NpgsqlDataSource dataSource, TimeProvider clock, params string[] cprs)
    {
        var registry = NewRegistry(dataSource, NewDispatcher(dataSource, clock), clock);
        foreach (var cpr in cprs)
        {
            await registry.ApplyAsync(Born(cpr));
        }

        // The births themselves are not what these tests are about.
        await using var command = dataSource.CreateCommand("UPDATE registry_event SET dispatched_at = now()");
        await command.ExecuteNonQueryAsync();
    }
}
