using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// The population registry on PostgreSQL. Events are applied and written to the
/// <c>registry_event</c> outbox in one transaction; <see cref="RegistryEventDispatcher"/> delivers
/// them to the handlers after the commit (woken here, and by polling).
/// </summary>
public sealed class PostgresPopulationRegistry(DataSourceProvider dataSource, RegistryEventDispatcher dispatcher, TimeProvider timeProvider)
    : IPopulationRegistry
{
    /// <inheritdoc />
    public async Task<Person?> GetPersonAsync(Cpr cpr, CancellationToken cancellationToken = default)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand($"SELECT {RegistryRows.PersonColumns} FROM person WHERE cpr = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = cpr.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? RegistryRows.ReadPerson(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Cpr, Person>> GetPeopleAsync(IReadOnlyCollection<Cpr> cprs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        var result = new Dictionary<Cpr, Person>(cprs.Count);
        if (cprs.Count == 0)
        {
            return result;
        }

        var values = cprs.Select(c => c.Value).Distinct(StringComparer.Ordinal).ToArray();
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand($"SELECT {RegistryRows.PersonColumns} FROM person WHERE cpr = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = values });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var person = RegistryRows.ReadPerson(reader);
            result[person.Cpr] = person;
        }

        return result;
    }

    /// <inheritdoc />
    public async Task<Company?> GetCompanyAsync(Cvr cvr, CancellationToken cancellationToken = default)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand($"SELECT {RegistryRows.CompanyColumns} FROM company WHERE cvr = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = cvr.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? RegistryRows.ReadCompany(reader) : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CompanyPerson>> GetCompanyPeopleAsync(Cvr cvr, CancellationToken cancellationToken = default) =>
        ReadCompanyPeopleAsync("SELECT cvr, cpr, role FROM company_person WHERE cvr = $1 ORDER BY role, cpr", cvr.Value, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<CompanyPerson>> GetCompaniesActedForAsync(Cpr cpr, CancellationToken cancellationToken = default) =>
        ReadCompanyPeopleAsync("SELECT cvr, cpr, role FROM company_person WHERE cpr = $1 ORDER BY cvr, role", cpr.Value, cancellationToken);

    /// <inheritdoc />
    public async Task<RegistryApplyResult> ApplyAsync(RegistryEvent registryEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registryEvent);
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // The outbox row goes first: its primary key makes a repeated (or concurrent) event id a no-op.
        if (!await RegistryEventStore.TryInsertAsync(connection, registryEvent, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return RegistryApplyResult.AlreadyApplied;
        }

        await RegistryEventApplier.ApplyAsync(connection, registryEvent, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        dispatcher.Wake();
        return RegistryApplyResult.Applied;
    }

    private async Task<IReadOnlyList<CompanyPerson>> ReadCompanyPeopleAsync(string sql, string key, CancellationToken cancellationToken)
    {
        var source = await dataSource.GetAsync(cancellationToken).ConfigureAwait(false);
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<CompanyPerson>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new CompanyPerson(Cvr.Parse(reader.GetString(0)), Cpr.Parse(reader.GetString(1)), (CompanyRole)reader.GetInt16(2)));
        }

        return result;
    }
}
