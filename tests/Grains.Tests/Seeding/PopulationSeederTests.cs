using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Seeding;
using DigitalPost.Grains.Tests.Registry;
using Npgsql;

namespace DigitalPost.Grains.Tests.Seeding;

public sealed class PopulationSeederTests(RegistryDatabaseFixture fixture) : IClassFixture<RegistryDatabaseFixture>
{
    private static readonly SeedOptions Small = new() { People = 20_000, Companies = 1_000, Seed = 42, ChunkSize = 3_000 };

    [Fact]
    public async Task The_same_seed_gives_identical_rows_and_another_seed_different_rows()
    {
        await using var first = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        await using var second = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        await using var other = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());

        await PopulationSeeder.SeedAsync(first, Small);
        // Another chunking and thread count: the rows must not depend on them.
        await PopulationSeeder.SeedAsync(second, Small with { ChunkSize = 777, Parallelism = 1 });
        await PopulationSeeder.SeedAsync(other, Small with { Seed = 43 });

        Assert.Equal(await SeedChecksum.OfAsync(first), await SeedChecksum.OfAsync(second));
        Assert.NotEqual(await SeedChecksum.OfAsync(first), await SeedChecksum.OfAsync(other));
    }

    [Fact]
    public async Task Shares_of_children_deceased_emigrated_and_unhoused_people_are_realistic()
    {
        await using var dataSource = await SeededAsync(Small);
        var reference = Small.ReferenceDate;

        var under15 = await ShareAsync(dataSource, $"birth_date > '{reference.AddYears(-15):yyyy-MM-dd}'");
        var deceased = await ShareAsync(dataSource, "death_date IS NOT NULL");
        var emigrated = await ShareAsync(dataSource, "residence = 1");
        var unhoused = await ShareAsync(dataSource, "residence = 2");
        var over90 = await ShareAsync(dataSource, $"birth_date <= '{reference.AddYears(-90):yyyy-MM-dd}'");

        Assert.InRange(under15, 0.145, 0.175);
        Assert.InRange(deceased, 0.006, 0.014);
        Assert.InRange(emigrated, 0.01, 0.02);
        Assert.InRange(unhoused, 0.002, 0.007);
        Assert.InRange(over90, 0.003, 0.02);
        Assert.Equal(0, await ShareAsync(dataSource, "death_date IS NOT NULL AND death_date <= birth_date"));
        Assert.Equal(0, await ShareAsync(dataSource, "(residence = 0) <> (street IS NOT NULL)"));
    }

    [Fact]
    public async Task Addresses_cover_all_98_municipalities_with_their_real_postcodes()
    {
        await using var dataSource = await SeededAsync(Small);
        var valid = DanishMunicipalities.All.SelectMany(m => m.PostalDistricts.Select(d => (m.Code, d.Postcode, d.City))).ToHashSet();

        var seen = new HashSet<(int, string, string)>();
        await using var command = dataSource.CreateCommand("SELECT DISTINCT municipality_code, postcode, city FROM person WHERE street IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            seen.Add((reader.GetInt16(0), reader.GetString(1), reader.GetString(2)));
        }

        Assert.Subset(valid, seen);
        Assert.Equal(98, seen.Select(s => s.Item1).Distinct().Count());
    }

    [Fact]
    public async Task Cprs_are_valid_unique_and_carry_the_birth_date_and_names_follow_the_sex_digit()
    {
        await using var dataSource = await SeededAsync(Small);
        var cprs = new HashSet<string>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT cpr, birth_date, first_names FROM person");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            var text = reader.GetString(0);
            Assert.True(Cpr.TryParse(text, out var cpr, out var error), error);
            Assert.Equal(reader.GetFieldValue<DateOnly>(1), cpr.BirthDate);
            Assert.True(cprs.Add(text), $"duplicate CPR {cpr}");
            var male = (text[9] - '0') % 2 == 1;
            var firstName = reader.GetString(2).Split(' ')[0];
            Assert.Contains(firstName, male ? MaleNames : FemaleNames);
        }

        Assert.Equal(Small.People, rows);
    }

    [Fact]
    public async Task Companies_have_unique_cvrs_outside_the_authority_range_and_an_owner_among_living_adults()
    {
        await using var dataSource = await SeededAsync(Small);
        await using var command = dataSource.CreateCommand(
            """
            SELECT
                (SELECT count(*) FROM company),
                (SELECT count(DISTINCT cvr) FROM company WHERE cvr >= '11000000'),
                (SELECT count(*) FROM company c WHERE NOT EXISTS (SELECT 1 FROM company_person x WHERE x.cvr = c.cvr AND x.role = 0)),
                (SELECT count(*) FROM company_person x LEFT JOIN person p ON p.cpr = x.cpr
                    WHERE p.cpr IS NULL OR p.death_date IS NOT NULL OR p.birth_date > $1)
            """);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = Small.ReferenceDate.AddYears(-18) });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(Small.Companies, reader.GetInt64(0));
        Assert.Equal(Small.Companies, reader.GetInt64(1));
        Assert.Equal(0, reader.GetInt64(2));
        Assert.Equal(0, reader.GetInt64(3));
    }

    [Fact]
    public async Task About_two_percent_are_exempted_and_delegations_are_handed_to_the_mailbox_side()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var profiles = new RecordingProfileSeeder();

        var result = await PopulationSeeder.SeedAsync(dataSource, Small with { ProfileBatchSize = 100 }, profileSeeder: profiles);

        var exemptions = profiles.ExemptionBatches.SelectMany(b => b).ToList();
        var delegations = profiles.DelegationBatches.SelectMany(b => b).ToList();
        Assert.False(result.ProfileSeederMissing);
        Assert.Equal(result.Exemptions, exemptions.Count);
        Assert.Equal(result.Delegations, delegations.Count);
        Assert.InRange(exemptions.Count / (double)Small.People, 0.016, 0.024);
        Assert.InRange(delegations.Count / (double)Small.People, 0.005, 0.012);
        Assert.All(profiles.ExemptionBatches, b => Assert.InRange(b.Count, 1, 100));
        Assert.Equal(exemptions.Select(e => e.Cpr.Value).Order(StringComparer.Ordinal), exemptions.Select(e => e.Cpr.Value));
        var people = await PeopleAsync(dataSource, exemptions.Select(e => e.Cpr).Concat(delegations.SelectMany(d => new[] { d.Owner, d.Delegate })));
        Assert.All(exemptions, e =>
        {
            var person = people[e.Cpr.Value];
            Assert.True(person.Alive && person.Residence != Residence.Emigrated && person.BirthDate.AddYears(15) <= Small.ReferenceDate);
        });
        Assert.All(delegations, d =>
        {
            Assert.NotEqual(d.Owner, d.Delegate);
            Assert.True(people[d.Delegate.Value].Alive);
            Assert.True(people[d.Owner.Value].BirthDate.AddYears(18) <= Small.ReferenceDate);
        });
    }

    [Fact]
    public async Task Without_a_mailbox_profile_seeder_the_result_says_nothing_was_written()
    {
        await using var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        var messages = new List<SeedProgress>();

        var result = await PopulationSeeder.SeedAsync(dataSource, new SeedOptions { People = 2_000 }, new SynchronousProgress(messages.Add));

        Assert.True(result.ProfileSeederMissing);
        Assert.Contains(messages, m => m.Phase == SeedPhase.MailboxProfiles && m.Message!.Contains("No mailbox profile seeder", StringComparison.Ordinal));
        Assert.Equal(SeedPhase.Done, messages[^1].Phase);
        Assert.Equal(2_000, messages.Last(m => m.Phase == SeedPhase.People).Done);
    }

    [Fact]
    public async Task Seeding_a_registry_that_has_people_is_refused_unless_replacing()
    {
        await using var dataSource = await SeededAsync(new SeedOptions { People = 1_000, Seed = 1 });
        var before = await SeedChecksum.OfAsync(dataSource);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => PopulationSeeder.SeedAsync(dataSource, new SeedOptions { People = 1_000, Seed = 2 }));
        var unchanged = await SeedChecksum.OfAsync(dataSource);
        await PopulationSeeder.SeedAsync(dataSource, new SeedOptions { People = 1_000, Seed = 2, ReplaceExisting = true });
        var replaced = await SeedChecksum.OfAsync(dataSource);

        Assert.Contains("ReplaceExisting", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.NotEqual(before, replaced);
    }

    [Fact]
    public async Task Indexes_and_keys_are_back_after_the_load()
    {
        await using var dataSource = await SeededAsync(new SeedOptions { People = 1_000, Companies = 50 });
        await using var command = dataSource.CreateCommand(
            "SELECT indexname FROM pg_indexes WHERE tablename IN ('person', 'company', 'company_person') ORDER BY indexname");
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        Assert.Equal(["company_person_cpr_idx", "company_person_pkey", "company_pkey", "person_birth_date_idx", "person_pkey"], names);
    }

    private static readonly HashSet<string> MaleNames = ["Peter", "Jens", "Michael", "Lars", "Henrik", "Thomas", "Søren", "Jan", "Christian", "Martin", "Niels", "Anders", "Morten", "Jesper", "Mads", "Rasmus", "Hans", "Per", "Jørgen", "Ole", "Mikkel", "Kim", "Frederik", "Torben", "Jakob", "Kristian", "Poul", "Steen", "Erik", "Lasse", "Bent", "Carsten", "Flemming", "Kasper", "Mathias", "Emil", "Jonas", "Oliver", "William", "Noah", "Lucas", "Victor", "Magnus", "Malthe", "Oscar", "Carl", "Alfred", "Aksel", "Elias", "Villads", "Bjørn", "Kåre", "Åge", "Brian", "Claus", "Dennis", "Finn", "Gunnar", "Knud", "Svend"];

    private static readonly HashSet<string> FemaleNames = ["Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria", "Marianne", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Tina", "Gitte", "Bente", "Jette", "Inge", "Karen", "Birgitte", "Lis", "Ida", "Emma", "Sofie", "Julie", "Laura", "Freja", "Clara", "Alma", "Ella", "Karla", "Agnes", "Olivia", "Ellen", "Frida", "Josefine", "Astrid", "Sara", "Cecilie", "Mathilde", "Christina", "Rikke", "Line", "Maja", "Signe", "Katrine", "Nanna", "Ditte", "Søs", "Åse", "Bodil", "Grethe", "Ruth", "Else", "Birthe", "Vibeke", "Dorthe", "Connie"];

    private async Task<NpgsqlDataSource> SeededAsync(SeedOptions options)
    {
        var dataSource = NpgsqlDataSource.Create(await fixture.CreateAnotherDatabaseAsync());
        await PopulationSeeder.SeedAsync(dataSource, options);
        return dataSource;
    }

    private static async Task<double> ShareAsync(NpgsqlDataSource dataSource, string condition)
    {
        await using var command = dataSource.CreateCommand($"SELECT avg(CASE WHEN {condition} THEN 1.0 ELSE 0.0 END)::float8 FROM person");
        return (double)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Dictionary<string, (DateOnly BirthDate, bool Alive, Residence Residence)>> PeopleAsync(NpgsqlDataSource dataSource, IEnumerable<Cpr> cprs)
    {
        await using var command = dataSource.CreateCommand("SELECT cpr, birth_date, death_date IS NULL, residence FROM person WHERE cpr = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = cprs.Select(c => c.Value).Distinct().ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        var result = new Dictionary<string, (DateOnly, bool, Residence)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = (reader.GetFieldValue<DateOnly>(1), reader.GetBoolean(2), (Residence)reader.GetInt16(3));
        }

        return result;
    }

    private sealed class SynchronousProgress(Action<SeedProgress> report) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value) => report(value);
    }
}
