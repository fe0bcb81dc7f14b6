using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.Registry;
using Npgsql;

namespace DigitalPost.Grains.NemSms;

/// <summary><see cref="IMobileNumberIndex"/> on the <c>mobile_number_registration</c> table.</summary>
public sealed class PostgresMobileNumberIndex(DataSourceProvider dataSource, TimeProvider timeProvider) : IMobileNumberIndex
{
    /// <inheritdoc />
    public async Task RegisterAsync(MailboxId mailbox, DanishMobileNumber number, MobileNumberPurpose purpose, CancellationToken cancellationToken = default)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(
            "INSERT INTO mobile_number_registration (number, mailbox_id, purpose, registered_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
        AddKey(command, number.Value, mailbox, purpose);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UnregisterAsync(MailboxId mailbox, DanishMobileNumber number, MobileNumberPurpose purpose, CancellationToken cancellationToken = default)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand("DELETE FROM mobile_number_registration WHERE number = $1 AND mailbox_id = $2 AND purpose = $3");
        AddKey(command, number.Value, mailbox, purpose);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ReplaceAsync(MailboxId mailbox, MobileNumberPurpose purpose, IReadOnlyCollection<DanishMobileNumber> numbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var values = numbers.Select(n => n.Value).Distinct(StringComparer.Ordinal).ToArray();
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = source.CreateBatch();
        var delete = new NpgsqlBatchCommand("DELETE FROM mobile_number_registration WHERE mailbox_id = $1 AND purpose = $2 AND NOT (number = ANY($3))");
        delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mailbox.Value });
        delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PurposeName(purpose) });
        delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = values });
        batch.BatchCommands.Add(delete);
        var insert = new NpgsqlBatchCommand(
            "INSERT INTO mobile_number_registration (number, mailbox_id, purpose, registered_at) SELECT n, $2, $3, $4 FROM unnest($1::text[]) AS n ON CONFLICT DO NOTHING");
        insert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = values });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mailbox.Value });
        insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PurposeName(purpose) });
        insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = timeProvider.GetUtcNow() });
        batch.BatchCommands.Add(insert);
        // A batch runs as one implicit transaction: the set is replaced whole or not at all.
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MobileNumberHolding>> FindHoldersAsync(DanishMobileNumber number, CancellationToken cancellationToken = default)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(
            "SELECT mailbox_id, purpose, registered_at FROM mobile_number_registration WHERE number = $1 ORDER BY registered_at, mailbox_id, purpose");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = number.Value });
        var holders = new List<MobileNumberHolding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            holders.Add(new MobileNumberHolding(
                MailboxId.Parse(reader.GetString(0)),
                reader.GetString(1) == "nemsms" ? MobileNumberPurpose.NemSms : MobileNumberPurpose.Notification,
                reader.GetFieldValue<DateTimeOffset>(2)));
        }

        return holders;
    }

    /// <summary>The <c>purpose</c> column's value.</summary>
    public static string PurposeName(MobileNumberPurpose purpose) => purpose == MobileNumberPurpose.NemSms ? "nemsms" : "notification";

    private static void AddKey(NpgsqlCommand command, string number, MailboxId mailbox, MobileNumberPurpose purpose)
    {
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = number });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mailbox.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = PurposeName(purpose) });
    }
}
