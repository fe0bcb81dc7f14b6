using DigitalPost.Grains.Interfaces.Registry;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// Checks an event against the person's current row (locked) and updates the tables. Runs inside
/// the caller's transaction; a rejection throws and the caller's transaction rolls back.
/// </summary>
internal static class RegistryEventApplier
{
    public static async Task ApplyAsync(NpgsqlConnection connection, RegistryEvent registryEvent, CancellationToken cancellationToken)
    {
        var person = await LockPersonAsync(connection, registryEvent, cancellationToken).ConfigureAwait(false);
        switch (registryEvent)
        {
            case PersonBorn born:
                if (person is not null)
                {
                    throw Rejected(registryEvent, "the CPR is already registered");
                }

                if (born.EffectiveOn != born.Cpr.BirthDate)
                {
                    throw Rejected(registryEvent, $"the birth date {born.EffectiveOn:yyyy-MM-dd} does not match the CPR's date");
                }

                await InsertPersonAsync(connection, born, cancellationToken).ConfigureAwait(false);
                return;

            case PersonTurnedFifteen turned:
                var alive = RequireAlive(registryEvent, person);
                if (turned.EffectiveOn != RegistryDates.Anniversary(alive.BirthDate, RegistryDates.MailboxAge))
                {
                    throw Rejected(registryEvent, $"{turned.EffectiveOn:yyyy-MM-dd} is not the person's 15th birthday");
                }

                // Derived from the birth date: nothing in the tables changes; the event is for the handlers.
                return;

            case PersonDied died:
                var dying = RequireAlive(registryEvent, person);
                if (died.EffectiveOn < dying.BirthDate)
                {
                    throw Rejected(registryEvent, "the date of death is before the birth date");
                }

                await UpdateAsync(connection, "UPDATE person SET death_date = $2 WHERE cpr = $1", registryEvent, p => p.Add(new NpgsqlParameter<DateOnly> { TypedValue = died.EffectiveOn }), cancellationToken).ConfigureAwait(false);
                return;

            case PersonEmigrated:
                if (RequireAlive(registryEvent, person).Residence == Residence.Emigrated)
                {
                    throw Rejected(registryEvent, "the person is already registered as emigrated");
                }

                await SetResidenceAsync(connection, registryEvent, Residence.Emigrated, null, cancellationToken).ConfigureAwait(false);
                return;

            case PersonReturned returned:
                if (RequireAlive(registryEvent, person).Residence != Residence.Emigrated)
                {
                    throw Rejected(registryEvent, "the person is not registered as emigrated");
                }

                await SetResidenceAsync(connection, registryEvent, Residence.Resident, returned.Address, cancellationToken).ConfigureAwait(false);
                return;

            case PersonAddressChanged moved:
                if (RequireAlive(registryEvent, person).Residence == Residence.Emigrated)
                {
                    throw Rejected(registryEvent, "the person is registered as emigrated; a return to Denmark is a PersonReturned event");
                }

                await SetResidenceAsync(connection, registryEvent, Residence.Resident, moved.Address, cancellationToken).ConfigureAwait(false);
                return;

            default:
                throw new ArgumentException($"Unknown registry event type {registryEvent.GetType().Name}.", nameof(registryEvent));
        }
    }

    private static Person RequireAlive(RegistryEvent registryEvent, Person? person)
    {
        if (person is null)
        {
            throw Rejected(registryEvent, "the CPR is not registered");
        }

        return person.IsDeceased ? throw Rejected(registryEvent, "the person is registered as deceased") : person;
    }

    private static RegistryEventRejectedException Rejected(RegistryEvent registryEvent, string reason) =>
        new($"Registry event {registryEvent.Kind} {registryEvent.EventId} for {registryEvent.Cpr} rejected: {reason}.");

    private static async Task<Person?> LockPersonAsync(NpgsqlConnection connection, RegistryEvent registryEvent, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {RegistryRows.PersonColumns} FROM person WHERE cpr = $1 FOR UPDATE", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = registryEvent.Cpr.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? RegistryRows.ReadPerson(reader) : null;
    }

    private static async Task InsertPersonAsync(NpgsqlConnection connection, PersonBorn born, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO person ({RegistryRows.PersonColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL)", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = born.Cpr.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = born.FirstNames });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = born.LastName });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = born.EffectiveOn });
        RegistryRows.AddAddress(command.Parameters, born.Address);
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)(born.Address is null ? Residence.NoPermanentResidence : Residence.Resident) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task SetResidenceAsync(NpgsqlConnection connection, RegistryEvent registryEvent, Residence residence, Address? address, CancellationToken cancellationToken) =>
        UpdateAsync(
            connection,
            "UPDATE person SET street = $2, house_number = $3, postcode = $4, city = $5, municipality_code = $6, residence = $7 WHERE cpr = $1",
            registryEvent,
            p =>
            {
                RegistryRows.AddAddress(p, address);
                p.Add(new NpgsqlParameter<short> { TypedValue = (short)residence });
            },
            cancellationToken);

    private static async Task UpdateAsync(NpgsqlConnection connection, string sql, RegistryEvent registryEvent, Action<NpgsqlParameterCollection> addParameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = registryEvent.Cpr.Value });
        addParameters(command.Parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
