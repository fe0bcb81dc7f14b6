using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>Statements on the <c>registry_event</c> outbox and its delivery records.</summary>
internal static class RegistryEventStore
{
    private const string EventColumns =
        "seq, event_id, kind, cpr, effective_on, first_names, last_name, street, house_number, postcode, city, municipality_code, attempts, next_attempt_at";

    /// <summary>Inserts the event; false when an event with its id is already recorded.</summary>
    public static async Task<bool> TryInsertAsync(NpgsqlConnection connection, RegistryEvent registryEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO registry_event (event_id, kind, cpr, effective_on, first_names, last_name, street, house_number, postcode, city, municipality_code, recorded_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (event_id) DO NOTHING
            """,
            connection);
        var (firstNames, lastName, address) = registryEvent switch
        {
            PersonBorn born => (born.FirstNames, born.LastName, born.Address),
            PersonReturned returned => (null, null, returned.Address),
            PersonAddressChanged moved => (null, null, moved.Address),
            _ => ((string?)null, (string?)null, (Address?)null),
        };
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = registryEvent.EventId });
        command.Parameters.Add(new NpgsqlParameter<short> { TypedValue = (short)registryEvent.Kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = registryEvent.Cpr.Value });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = registryEvent.EffectiveOn });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = firstNames });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = lastName });
        RegistryRows.AddAddress(command.Parameters, address);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The oldest events not yet delivered to every handler.</summary>
    public static async Task<List<PendingRegistryEvent>> ReadPendingAsync(NpgsqlConnection connection, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {EventColumns} FROM registry_event WHERE dispatched_at IS NULL ORDER BY seq LIMIT $1", connection);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<PendingRegistryEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new PendingRegistryEvent(
                reader.GetInt64(0),
                ReadEvent(reader),
                reader.GetInt32(12),
                reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13)));
        }

        return result;
    }

    /// <summary>The handlers that already handled each of <paramref name="eventIds"/>.</summary>
    public static async Task<ILookup<Guid, string>> ReadDeliveriesAsync(NpgsqlConnection connection, Guid[] eventIds, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT event_id, handler FROM registry_event_delivery WHERE event_id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = eventIds });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(Guid EventId, string Handler)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return rows.ToLookup(r => r.EventId, r => r.Handler);
    }

    public static async Task RecordDeliveryAsync(NpgsqlConnection connection, Guid eventId, string handler, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO registry_event_delivery (event_id, handler, delivered_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = handler });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task MarkDispatchedAsync(NpgsqlConnection connection, Guid eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE registry_event SET dispatched_at = $2, next_attempt_at = NULL, last_error = NULL WHERE event_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task RecordFailureAsync(NpgsqlConnection connection, Guid eventId, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE registry_event SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE event_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = eventId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = nextAttemptAt });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = error });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static RegistryEvent ReadEvent(NpgsqlDataReader reader)
    {
        var eventId = reader.GetGuid(1);
        var kind = (RegistryEventKind)reader.GetInt16(2);
        var cpr = Cpr.Parse(reader.GetString(3));
        var effectiveOn = reader.GetFieldValue<DateOnly>(4);
        var address = RegistryRows.ReadAddress(reader, 7);
        return kind switch
        {
            RegistryEventKind.Born => new PersonBorn(eventId, cpr, effectiveOn, reader.GetString(5), reader.GetString(6), address),
            RegistryEventKind.TurnedFifteen => new PersonTurnedFifteen(eventId, cpr, effectiveOn),
            RegistryEventKind.Died => new PersonDied(eventId, cpr, effectiveOn),
            RegistryEventKind.Emigrated => new PersonEmigrated(eventId, cpr, effectiveOn),
            RegistryEventKind.Returned => new PersonReturned(eventId, cpr, effectiveOn, address!),
            RegistryEventKind.AddressChanged => new PersonAddressChanged(eventId, cpr, effectiveOn, address!),
            _ => throw new InvalidOperationException($"Registry event {eventId} has unknown kind {(int)kind}."),
        };
    }
}
