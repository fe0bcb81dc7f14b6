using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace DigitalPost.Grains.Seeding;

/// <summary>
/// Fills the population registry with a synthetic population: people, companies and the people
/// acting for them, deterministic for given <see cref="SeedOptions"/>. Rows are generated in
/// parallel chunks and streamed into PostgreSQL with binary COPY in one transaction that first
/// empties the tables (so PostgreSQL can skip WAL for the load when <c>wal_level=minimal</c>) and
/// drops their indexes, which are rebuilt after the load. Exemptions and delegations are chosen
/// here and handed to an <see cref="IMailboxProfileSeeder"/> after the commit.
/// </summary>
public static class PopulationSeeder
{
    private static readonly string[] RegistryTables = ["person", "company", "company_person"];

    /// <summary>Seeds the registry tables of <paramref name="dataSource"/> (which must carry the registry migrations).</summary>
    /// <exception cref="InvalidOperationException">The tables hold rows and <see cref="SeedOptions.ReplaceExisting"/> is false.</exception>
    public static async Task<SeedResult> SeedAsync(
        NpgsqlDataSource dataSource,
        SeedOptions options,
        IProgress<SeedProgress>? progress = null,
        IMailboxProfileSeeder? profileSeeder = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var total = Stopwatch.StartNew();
        progress?.Report(new SeedProgress(SeedPhase.Preparing, 0, 1));
        var population = new SyntheticPopulation(options);
        var companies = new SyntheticCompanies(options, population);
        var exemptions = new List<SeedExemption>();
        var delegations = new List<SeedDelegation>();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await PrepareAsync(connection, options, cancellationToken).ConfigureAwait(false);
        var indexes = await TableIndexes.ReadAsync(connection, RegistryTables, cancellationToken).ConfigureAwait(false);
        await indexes.DropAsync(connection, cancellationToken).ConfigureAwait(false);
        progress?.Report(new SeedProgress(SeedPhase.Preparing, 1, 1));

        var load = Stopwatch.StartNew();
        await CopyPeopleAsync(connection, population, options, exemptions, delegations, progress, cancellationToken).ConfigureAwait(false);
        var companyPeople = await CopyCompaniesAsync(connection, companies, options, progress, cancellationToken).ConfigureAwait(false);
        load.Stop();

        var indexTime = Stopwatch.StartNew();
        progress?.Report(new SeedProgress(SeedPhase.Indexes, 0, indexes.Count));
        await ExecuteAsync(connection, $"SET LOCAL maintenance_work_mem = '{options.IndexBuildMemory.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false);
        await indexes.RebuildAsync(connection, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "ANALYZE person, company, company_person", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        indexTime.Stop();
        progress?.Report(new SeedProgress(SeedPhase.Indexes, indexes.Count, indexes.Count));

        var profileTime = Stopwatch.StartNew();
        exemptions.Sort((a, b) => string.CompareOrdinal(a.Cpr.Value, b.Cpr.Value));
        delegations.Sort((a, b) => string.CompareOrdinal(a.Owner.Value, b.Owner.Value));
        if (profileSeeder is null)
        {
            progress?.Report(new SeedProgress(SeedPhase.MailboxProfiles, 0, 0, $"No mailbox profile seeder registered: {exemptions.Count} exemptions and {delegations.Count} delegations were chosen but not written."));
        }
        else
        {
            await WriteProfilesAsync(profileSeeder, exemptions, delegations, options, progress, cancellationToken).ConfigureAwait(false);
        }

        profileTime.Stop();
        progress?.Report(new SeedProgress(SeedPhase.Done, 1, 1));
        return new SeedResult(
            options.People,
            options.Companies,
            companyPeople,
            exemptions.Count,
            delegations.Count,
            profileSeeder is null,
            load.Elapsed,
            indexTime.Elapsed,
            profileTime.Elapsed,
            total.Elapsed);
    }

    private static async Task PrepareAsync(NpgsqlConnection connection, SeedOptions options, CancellationToken cancellationToken)
    {
        await using (var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM company) OR EXISTS (SELECT 1 FROM company_person)", connection))
        {
            var hasRows = (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            if (hasRows && !options.ReplaceExisting)
            {
                throw new InvalidOperationException("The population registry already holds people or companies; seed an empty database or set ReplaceExisting to replace them.");
            }
        }

        // Emptying in the load's own transaction also lets PostgreSQL skip WAL for the COPY (wal_level=minimal).
        await ExecuteAsync(connection, "TRUNCATE person, company, company_person, registry_event, registry_event_delivery", cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyPeopleAsync(
        NpgsqlConnection connection,
        SyntheticPopulation population,
        SeedOptions options,
        List<SeedExemption> exemptions,
        List<SeedDelegation> delegations,
        IProgress<SeedProgress>? progress,
        CancellationToken cancellationToken)
    {
        var chunks = ChunkProducer.Start(options.People, options.ChunkSize, options.Parallelism, (start, count) => MakePeople(population, start, count), cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY person (cpr, first_names, last_name, birth_date, street, house_number, postcode, city, municipality_code, residence, death_date) FROM STDIN (FORMAT BINARY)",
            cancellationToken).ConfigureAwait(false);
        long done = 0;
        await foreach (var chunk in chunks.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            WritePeople(importer, chunk.Rows);
            exemptions.AddRange(chunk.Exemptions);
            delegations.AddRange(chunk.Delegations);
            done += chunk.Rows.Length;
            progress?.Report(new SeedProgress(SeedPhase.People, done, options.People));
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a chunk synchronously: per-row async calls would cost more than the rows (the importer blocks only when its buffer flushes).</summary>
    private static void WritePeople(NpgsqlBinaryImporter importer, PersonRow[] rows)
    {
        foreach (ref readonly var row in rows.AsSpan())
        {
            importer.StartRow();
            importer.Write(row.Cpr, NpgsqlDbType.Text);
            importer.Write(row.FirstNames, NpgsqlDbType.Text);
            importer.Write(row.LastName, NpgsqlDbType.Text);
            importer.Write(row.BirthDate, NpgsqlDbType.Date);
            if (row.HasAddress)
            {
                importer.Write(row.Street!, NpgsqlDbType.Text);
                importer.Write(row.HouseNumber!, NpgsqlDbType.Text);
                importer.Write(row.Postcode!, NpgsqlDbType.Text);
                importer.Write(row.City!, NpgsqlDbType.Text);
                importer.Write(row.MunicipalityCode, NpgsqlDbType.Smallint);
            }
            else
            {
                importer.WriteNull();
                importer.WriteNull();
                importer.WriteNull();
                importer.WriteNull();
                importer.WriteNull();
            }

            importer.Write(row.Residence, NpgsqlDbType.Smallint);
            if (row.DeathDate is { } death)
            {
                importer.Write(death, NpgsqlDbType.Date);
            }
            else
            {
                importer.WriteNull();
            }
        }
    }

    private static void WriteCompanies(NpgsqlBinaryImporter importer, CompanyRow[] rows)
    {
        foreach (var row in rows)
        {
            importer.StartRow();
            importer.Write(row.Cvr, NpgsqlDbType.Text);
            importer.Write(row.Name, NpgsqlDbType.Text);
            importer.Write(row.Street, NpgsqlDbType.Text);
            importer.Write(row.HouseNumber, NpgsqlDbType.Text);
            importer.Write(row.Postcode, NpgsqlDbType.Text);
            importer.Write(row.City, NpgsqlDbType.Text);
            importer.Write(row.MunicipalityCode, NpgsqlDbType.Smallint);
        }
    }

    private static void WriteCompanyPeople(NpgsqlBinaryImporter importer, List<CompanyPersonRow> rows)
    {
        foreach (var row in rows)
        {
            importer.StartRow();
            importer.Write(row.Cvr, NpgsqlDbType.Text);
            importer.Write(row.Cpr, NpgsqlDbType.Text);
            importer.Write(row.Role, NpgsqlDbType.Smallint);
        }
    }

    private static PersonChunk MakePeople(SyntheticPopulation population, long start, int count)
    {
        var rows = new PersonRow[count];
        var exemptions = new List<SeedExemption>();
        var delegations = new List<SeedDelegation>();
        var day = population.DayOfPerson(start);
        for (var i = 0; i < count; i++)
        {
            var index = start + i;
            while (index >= population.DayEnd(day))
            {
                day++;
            }

            rows[i] = population.Generate(index, day, out _);
            population.DecideProfile(index, rows[i], exemptions, delegations);
        }

        return new PersonChunk(rows, exemptions, delegations);
    }

    private static async Task<long> CopyCompaniesAsync(NpgsqlConnection connection, SyntheticCompanies companies, SeedOptions options, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.Companies == 0)
        {
            return 0;
        }

        var rows = ChunkProducer.Start(options.Companies, options.ChunkSize, options.Parallelism, (start, count) => MakeCompanies(companies, start, count), cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY company (cvr, name, street, house_number, postcode, city, municipality_code) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            long done = 0;
            await foreach (var chunk in rows.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteCompanies(importer, chunk);

                done += chunk.Length;
                progress?.Report(new SeedProgress(SeedPhase.Companies, done, options.Companies));
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        // The people of each company are a second, separate pass: COPY streams cannot interleave on one connection.
        var people = ChunkProducer.Start(options.Companies, options.ChunkSize, options.Parallelism, (start, count) => MakeCompanyPeople(companies, start, count), cancellationToken);
        long written = 0;
        await using (var importer = await connection.BeginBinaryImportAsync("COPY company_person (cvr, cpr, role) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            await foreach (var chunk in people.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteCompanyPeople(importer, chunk);
                written += chunk.Count;
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        return written;
    }

    private static CompanyRow[] MakeCompanies(SyntheticCompanies companies, long start, int count)
    {
        var rows = new CompanyRow[count];
        for (var i = 0; i < count; i++)
        {
            rows[i] = companies.Company(start + i);
        }

        return rows;
    }

    private static List<CompanyPersonRow> MakeCompanyPeople(SyntheticCompanies companies, long start, int count)
    {
        var rows = new List<CompanyPersonRow>(count * 3);
        for (var i = 0; i < count; i++)
        {
            companies.People(start + i, rows);
        }

        return rows;
    }

    private static async Task WriteProfilesAsync(
        IMailboxProfileSeeder profileSeeder,
        List<SeedExemption> exemptions,
        List<SeedDelegation> delegations,
        SeedOptions options,
        IProgress<SeedProgress>? progress,
        CancellationToken cancellationToken)
    {
        var totalProfiles = (long)exemptions.Count + delegations.Count;
        long done = 0;
        foreach (var batch in exemptions.Chunk(options.ProfileBatchSize))
        {
            await profileSeeder.WriteExemptionsAsync(batch, cancellationToken).ConfigureAwait(false);
            done += batch.Length;
            progress?.Report(new SeedProgress(SeedPhase.MailboxProfiles, done, totalProfiles));
        }

        foreach (var batch in delegations.Chunk(options.ProfileBatchSize))
        {
            await profileSeeder.WriteDelegationsAsync(batch, cancellationToken).ConfigureAwait(false);
            done += batch.Length;
            progress?.Report(new SeedProgress(SeedPhase.MailboxProfiles, done, totalProfiles));
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
