using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Grains.Registry;
using DigitalPost.Testing.Time;
using static DigitalPost.Grains.Tests.Registry.RegistryTestData;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>Lookups over a small seeded population.</summary>
public sealed class PopulationRegistryLookupTests(SeededRegistryFixture fixture) : IClassFixture<SeededRegistryFixture>
{
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task A_seeded_person_reads_back_with_every_field()
    {
        var registry = Create();
        var (cpr, firstNames, birthDate, street, municipality) = await fixture.FirstResidentAsync();

        var person = await registry.GetPersonAsync(cpr);

        Assert.NotNull(person);
        Assert.Equal(firstNames, person.FirstNames);
        Assert.Equal(birthDate, person.BirthDate);
        Assert.Equal(cpr.BirthDate, person.BirthDate);
        Assert.Equal(street, person.Address!.Street);
        Assert.Equal(municipality, person.Address.MunicipalityCode);
    }

    [Fact]
    public async Task An_unknown_cpr_reads_as_null()
    {
        Assert.Null(await Create().GetPersonAsync(Cpr.Parse("3112999999")));
    }

    [Fact]
    public async Task Batch_lookup_returns_every_known_person_and_skips_unknown_and_duplicate_cprs()
    {
        var registry = Create();
        var known = await fixture.SomeCprsAsync(700);
        var unknown = new[] { Cpr.Parse("3112999998"), Cpr.Parse("3112999997") };
        var asked = known.Concat(unknown).Concat(known.Take(10)).ToList();

        var people = await registry.GetPeopleAsync(asked);

        Assert.Equal(700, people.Count);
        Assert.All(known, cpr => Assert.Equal(cpr, people[cpr].Cpr));
        Assert.All(unknown, cpr => Assert.False(people.ContainsKey(cpr)));
    }

    [Fact]
    public async Task Batch_lookup_of_nothing_is_empty()
    {
        Assert.Empty(await Create().GetPeopleAsync([]));
    }

    [Fact]
    public async Task A_company_lists_its_people_and_each_of_them_acts_for_it()
    {
        var registry = Create();
        var cvr = await fixture.SomeCvrAsync();

        var company = await registry.GetCompanyAsync(cvr);
        var people = await registry.GetCompanyPeopleAsync(cvr);

        Assert.NotNull(company);
        Assert.False(string.IsNullOrWhiteSpace(company.Name));
        Assert.Single(people, p => p.Role == CompanyRole.Owner);
        Assert.Equal(people.OrderBy(p => p.Role).ThenBy(p => p.Cpr.Value, StringComparer.Ordinal), people);
        foreach (var person in people)
        {
            Assert.NotNull(await registry.GetPersonAsync(person.Cpr));
            Assert.Contains(await registry.GetCompaniesActedForAsync(person.Cpr), c => c.Cvr == cvr && c.Role == person.Role);
        }
    }

    [Fact]
    public async Task An_unknown_cvr_reads_as_null_with_nobody_acting_for_it()
    {
        var registry = Create();

        Assert.Null(await registry.GetCompanyAsync(Cvr.Parse("10999999")));
        Assert.Empty(await registry.GetCompanyPeopleAsync(Cvr.Parse("10999999")));
    }

    private PostgresPopulationRegistry Create() => NewRegistry(fixture.DataSource, NewDispatcher(fixture.DataSource, _clock), _clock);
}
