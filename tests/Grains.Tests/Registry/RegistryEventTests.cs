using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using DigitalPost.Testing.Time;
using Npgsql;
using static DigitalPost.Grains.Tests.Registry.RegistryTestData;

namespace DigitalPost.Grains.Tests.Registry;

public sealed class RegistryEventTests(RegistryDatabaseFixture database) : IClassFixture<RegistryDatabaseFixture>
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Birth_adds_the_person_and_reaches_the_handler()
    {
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var (registry, dispatcher) = Create(handler);
        var born = Born("1503254321", "Ida Marie", "Holm");

        Assert.Equal(RegistryApplyResult.Applied, await registry.ApplyAsync(born));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        var person = await registry.GetPersonAsync(born.Cpr);
        Assert.NotNull(person);
        Assert.Equal("Ida Marie", person.FirstNames);
        Assert.Equal(new DateOnly(2025, 3, 15), person.BirthDate);
        Assert.Equal(Aarhus, person.Address);
        Assert.Equal(Residence.Resident, person.Residence);
        var delivered = Assert.Single(handler.Handled, e => e.Cpr == born.Cpr);
        Assert.Equal(born, delivered);
    }

    [Fact]
    public async Task Birth_date_must_match_the_cpr()
    {
        var (registry, _) = Create();
        var cpr = Cpr.Parse("1604254321");
        var wrong = new PersonBorn(Guid.NewGuid(), cpr, new DateOnly(2025, 4, 17), "Ida", "Holm", Aarhus);

        var error = await Assert.ThrowsAsync<RegistryEventRejectedException>(() => registry.ApplyAsync(wrong));

        Assert.Contains("does not match the CPR", error.Message, StringComparison.Ordinal);
        Assert.Null(await registry.GetPersonAsync(cpr));
        Assert.Equal(0, await CountEventsAsync(wrong.EventId));
    }

    [Fact]
    public async Task Death_sets_the_death_date_and_a_second_death_is_rejected()
    {
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var (registry, dispatcher) = Create(handler);
        var born = Born("0101404123");
        await registry.ApplyAsync(born);
        var died = new PersonDied(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 11, 20));

        await registry.ApplyAsync(died);
        var again = new PersonDied(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 11, 21));
        var error = await Assert.ThrowsAsync<RegistryEventRejectedException>(() => registry.ApplyAsync(again));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Contains("deceased", error.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 20), (await registry.GetPersonAsync(born.Cpr))!.DeathDate);
        Assert.Equal([RegistryEventKind.Born, RegistryEventKind.Died], handler.Handled.Where(e => e.Cpr == born.Cpr).Select(e => e.Kind));
    }

    [Fact]
    public async Task Emigration_removes_the_address_and_return_sets_the_new_one()
    {
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var (registry, dispatcher) = Create(handler);
        var born = Born("0202804123");
        await registry.ApplyAsync(born);

        await registry.ApplyAsync(new PersonEmigrated(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 1, 1)));
        var abroad = await registry.GetPersonAsync(born.Cpr);
        await registry.ApplyAsync(new PersonReturned(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 6, 1), Odense));
        var back = await registry.GetPersonAsync(born.Cpr);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(Residence.Emigrated, abroad!.Residence);
        Assert.Null(abroad.Address);
        Assert.Equal(Residence.Resident, back!.Residence);
        Assert.Equal(Odense, back.Address);
        Assert.Equal([RegistryEventKind.Born, RegistryEventKind.Emigrated, RegistryEventKind.Returned], handler.Handled.Where(e => e.Cpr == born.Cpr).Select(e => e.Kind));
        var returned = Assert.IsType<PersonReturned>(handler.Handled.Last(e => e.Cpr == born.Cpr));
        Assert.Equal(Odense, returned.Address);
    }

    [Fact]
    public async Task Address_change_moves_the_person_and_gives_residence_to_someone_without_one()
    {
        var (registry, _) = Create();
        var cpr = Cpr.Parse("0303854123");
        await registry.ApplyAsync(new PersonBorn(Guid.NewGuid(), cpr, cpr.BirthDate, "Kim", "Dahl", null));
        var homeless = await registry.GetPersonAsync(cpr);

        await registry.ApplyAsync(new PersonAddressChanged(Guid.NewGuid(), cpr, new DateOnly(2026, 2, 1), Odense));
        var housed = await registry.GetPersonAsync(cpr);

        Assert.Equal(Residence.NoPermanentResidence, homeless!.Residence);
        Assert.Equal(Residence.Resident, housed!.Residence);
        Assert.Equal(Odense, housed.Address);
    }

    [Fact]
    public async Task Address_change_of_an_emigrated_person_is_rejected()
    {
        var (registry, _) = Create();
        var born = Born("0404854123");
        await registry.ApplyAsync(born);
        await registry.ApplyAsync(new PersonEmigrated(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 1, 1)));
        var moved = new PersonAddressChanged(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 2, 1), Odense);

        await Assert.ThrowsAsync<RegistryEventRejectedException>(() => registry.ApplyAsync(moved));

        Assert.Null((await registry.GetPersonAsync(born.Cpr))!.Address);
        Assert.Equal(0, await CountEventsAsync(moved.EventId));
    }

    [Fact]
    public async Task Turned_fifteen_is_accepted_only_on_the_fifteenth_birthday()
    {
        var (registry, _) = Create();
        var born = Born("0505114123");
        await registry.ApplyAsync(born);

        await Assert.ThrowsAsync<RegistryEventRejectedException>(() => registry.ApplyAsync(new PersonTurnedFifteen(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 5, 6))));
        var result = await registry.ApplyAsync(PersonTurnedFifteen.For(born.Cpr, born.EffectiveOn));

        Assert.Equal(RegistryApplyResult.Applied, result);
    }

    [Fact]
    public async Task Events_about_an_unknown_person_are_rejected_and_not_recorded()
    {
        var (registry, _) = Create();
        var died = new PersonDied(Guid.NewGuid(), Cpr.Parse("0606604123"), new DateOnly(2026, 1, 1));

        var error = await Assert.ThrowsAsync<RegistryEventRejectedException>(() => registry.ApplyAsync(died));

        Assert.Contains("not registered", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4123", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountEventsAsync(died.EventId));
    }

    [Fact]
    public async Task The_same_event_id_twice_is_applied_once()
    {
        var handler = new RecordingRegistryEventHandler("mailboxes");
        var (registry, dispatcher) = Create(handler);
        var born = Born("0707904123");
        await registry.ApplyAsync(born);
        var moved = new PersonAddressChanged(Guid.NewGuid(), born.Cpr, new DateOnly(2026, 3, 1), Odense);

        var first = await registry.ApplyAsync(moved);
        var second = await registry.ApplyAsync(moved with { Address = Aarhus });
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(RegistryApplyResult.Applied, first);
        Assert.Equal(RegistryApplyResult.AlreadyApplied, second);
        Assert.Equal(Odense, (await registry.GetPersonAsync(born.Cpr))!.Address);
        Assert.Equal(1, handler.CountOf(moved.EventId));
    }

    private (PostgresPopulationRegistry Registry, RegistryEventDispatcher Dispatcher) Create(params IRegistryEventHandler[] handlers)
    {
        var dispatcher = NewDispatcher(database.DataSource, _clock, null, handlers);
        return (NewRegistry(database.DataSource, dispatcher, _clock), dispatcher);
    }

    private async Task<long> CountEventsAsync(Guid eventId)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM registry_event WHERE event_id = $1");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = eventId });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
