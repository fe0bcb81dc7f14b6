using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Registry;

namespace DigitalPost.Grains.Tests.AuthorityDirectory;

public sealed class AuthorityDirectoryTests(DirectoryDatabaseFixture fixture) : IClassFixture<DirectoryDatabaseFixture>
{
    private readonly PostgresAuthorityDirectory _directory = new(DataSourceProvider.FromDataSource(fixture.DataSource));

    [Fact]
    public async Task All_98_municipalities_and_the_5_regions_are_there_with_their_codes()
    {
        var municipalities = await _directory.SearchAsync(new AuthoritySearch(Kind: AuthorityKind.Municipality, Limit: 200));
        var regions = await _directory.SearchAsync(new AuthoritySearch(Kind: AuthorityKind.Region));

        Assert.Equal(98, municipalities.TotalCount);
        Assert.Equal(98, municipalities.Items.Count);
        Assert.Equal(5, regions.TotalCount);
        Assert.Equal(["Region Hovedstaden", "Region Midtjylland", "Region Nordjylland", "Region Sjælland", "Region Syddanmark"], regions.Items.Select(r => r.Name).Order(StringComparer.Ordinal));
        var codes = new List<int>();
        foreach (var item in municipalities.Items)
        {
            var municipality = await _directory.GetAsync(item.Id);
            codes.Add(municipality!.MunicipalityCode!.Value);
            Assert.Contains(municipality.RegionCode!.Value, new[] { 1081, 1082, 1083, 1084, 1085 });
        }

        Assert.Equal(98, codes.Distinct().Count());
        Assert.Contains(101, codes);
        Assert.Contains(860, codes);
        Assert.Equal("Bornholms Regionskommune", (await _directory.GetMunicipalityAsync(400))!.Name);
        Assert.Equal("Aarhus Kommune", (await _directory.GetMunicipalityAsync(751))!.Name);
        Assert.Null(await _directory.GetMunicipalityAsync(999));
    }

    [Theory]
    [InlineData("københavns kommune")]
    [InlineData("KØBENHAVNS KOMMUNE")]
    [InlineData("koebenhavns kommune")]
    [InlineData("Kobenhavns Kommune")]
    public async Task Name_search_ignores_case_and_danish_letters(string text)
    {
        var page = await _directory.SearchAsync(new AuthoritySearch(text));

        Assert.Equal("Københavns Kommune", page.Items[0].Name);
    }

    [Fact]
    public async Task One_word_finds_every_name_that_starts_with_it()
    {
        var page = await _directory.SearchAsync(new AuthoritySearch("kobenhavn"));

        Assert.Equal(["Københavns Byret", "Københavns Kommune"], page.Items.Select(i => i.Name));
    }

    [Theory]
    [InlineData("åbenrå", "Aabenraa Kommune")]
    [InlineData("aabenraa", "Aabenraa Kommune")]
    [InlineData("hoje-taastrup", "Høje-Taastrup Kommune")]
    [InlineData("Høje Taastrup", "Høje-Taastrup Kommune")]
    [InlineData("faerdsel", "Færdselsstyrelsen")]
    [InlineData("lyngby taarb", "Lyngby-Taarbæk Kommune")]
    [InlineData("soe- og handel", "Sø- og Handelsretten")]
    public async Task Name_search_finds_spellings_with_and_without_diacritics(string text, string expected)
    {
        var page = await _directory.SearchAsync(new AuthoritySearch(text));

        Assert.Equal(expected, page.Items[0].Name);
    }

    [Fact]
    public async Task Exact_names_rank_before_prefixes_and_prefixes_before_words_inside()
    {
        var page = await _directory.SearchAsync(new AuthoritySearch("aarhus"));

        Assert.Equal(["Aarhus Kommune", "Retten i Aarhus"], page.Items.Select(i => i.Name));
        Assert.Equal("Politiet", (await _directory.SearchAsync(new AuthoritySearch("politiet"))).Items[0].Name);
    }

    [Fact]
    public async Task Contains_search_finds_a_word_inside_names_and_every_word_must_match()
    {
        var styrelser = await _directory.SearchAsync(new AuthoritySearch("styrelsen", Limit: 200));
        var both = await _directory.SearchAsync(new AuthoritySearch("retten aalborg"));

        Assert.Contains(styrelser.Items, i => i.Name == "Skattestyrelsen");
        Assert.Contains(styrelser.Items, i => i.Name == "Styrelsen for Arbejdsmarked og Rekruttering");
        Assert.All(styrelser.Items, i => Assert.Contains("styrelsen", i.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Retten i Aalborg", Assert.Single(both.Items).Name);
    }

    [Fact]
    public async Task Courts_are_listed_by_kind_with_the_high_courts_and_the_supreme_court()
    {
        var courts = await _directory.SearchAsync(new AuthoritySearch(Kind: AuthorityKind.Court, Limit: 200));
        var names = courts.Items.Select(c => c.Name).ToList();

        Assert.Equal(29, courts.TotalCount);
        Assert.Contains("Højesteret", names);
        Assert.Contains("Vestre Landsret", names);
        Assert.Contains("Østre Landsret", names);
        Assert.Contains("Københavns Byret", names);
        Assert.Equal(24, names.Count(n => n.StartsWith("Retten ", StringComparison.Ordinal) || n == "Københavns Byret"));
        Assert.All(courts.Items, c => Assert.Equal(AuthorityKind.Court, c.Kind));
    }

    [Fact]
    public async Task Kind_and_name_combine()
    {
        var page = await _directory.SearchAsync(new AuthoritySearch("aarhus", AuthorityKind.Court));

        Assert.Equal("Retten i Aarhus", Assert.Single(page.Items).Name);
    }

    [Fact]
    public async Task Paging_walks_all_results_once_and_reports_the_total()
    {
        var seen = new List<AuthorityId>();
        AuthoritySearchPage page;
        var offset = 0;
        do
        {
            page = await _directory.SearchAsync(new AuthoritySearch("kommune", Offset: offset, Limit: 15));
            seen.AddRange(page.Items.Select(i => i.Id));
            offset += page.Items.Count;
        }
        while (page.HasMore);
        var past = await _directory.SearchAsync(new AuthoritySearch("kommune", Offset: 500, Limit: 15));

        Assert.Equal(98, page.TotalCount);
        Assert.Equal(98, seen.Count);
        Assert.Equal(98, seen.Distinct().Count());
        Assert.Empty(past.Items);
        Assert.Equal(98, past.TotalCount);
        Assert.False(past.HasMore);
    }

    [Fact]
    public async Task Bad_paging_arguments_are_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _directory.SearchAsync(new AuthoritySearch(Offset: -1)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _directory.SearchAsync(new AuthoritySearch(Limit: 0)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _directory.SearchAsync(new AuthoritySearch(Limit: AuthoritySearch.MaxLimit + 1)));
    }

    [Fact]
    public async Task A_municipality_has_contact_points_with_categories_and_attachment_limits()
    {
        var odense = await _directory.GetMunicipalityAsync(461);

        Assert.NotNull(odense);
        Assert.Equal(["borgerservice", "skat-og-ejendom", "boern-og-familie", "job-og-ydelser", "aeldre-og-sundhed", "byggeri-miljoe-og-affald"], odense.ContactPoints.Select(p => p.Id));
        var borgerservice = odense.ContactPoints[0];
        Assert.Equal("Borgerservice", borgerservice.Name);
        Assert.Contains(borgerservice.Categories, c => c.Name == "Pas" && c.Id == "pas");
        Assert.Equal("Pas", borgerservice.Categories[0].Name);
        Assert.Equal(AttachmentLimits.Default, borgerservice.AttachmentLimits);
        var building = odense.ContactPoints[^1];
        Assert.Equal(60 * AttachmentLimits.Megabyte, building.AttachmentLimits.CitizenMaxBytes);
        Assert.Equal(40 * AttachmentLimits.Megabyte, building.AttachmentLimits.BusinessMaxBytes);
    }

    [Fact]
    public async Task A_single_contact_point_reads_with_its_categories()
    {
        var point = await _directory.GetContactPointAsync(AuthorityId.Parse("udbetaling-danmark"), "familieydelser");
        var missing = await _directory.GetContactPointAsync(AuthorityId.Parse("udbetaling-danmark"), "nope");

        Assert.NotNull(point);
        Assert.Equal("Familieydelser", point.Name);
        Assert.Equal(["Børne- og ungeydelse", "Børnetilskud", "Barselsdagpenge", "Underholdsbidrag"], point.Categories.Select(c => c.Name));
        Assert.Null(missing);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing()
    {
        var before = await _directory.GetAsync(AuthorityId.Parse("skattestyrelsen"));
        var count = await AuthorityDirectorySeeder.SeedAsync(fixture.DataSource);
        var after = await _directory.GetAsync(AuthorityId.Parse("skattestyrelsen"));
        var all = await _directory.SearchAsync(new AuthoritySearch(Limit: 1));

        Assert.Equal(AuthorityCatalogue.All.Count, count);
        Assert.Equal(AuthorityCatalogue.All.Count, all.TotalCount);
        Assert.Equal(before!.ContactPoints.Select(p => p.Id), after!.ContactPoints.Select(p => p.Id));
        Assert.Equal(before.ContactPoints.SelectMany(p => p.Categories), after.ContactPoints.SelectMany(p => p.Categories));
        Assert.Equal(before.Cvr, after.Cvr);
    }

    [Fact]
    public async Task Contact_point_limits_above_the_ceilings_are_refused()
    {
        var tooBig = AuthorityCatalogue.All[0] with
        {
            ContactPoints = [new ContactPoint("x", "X", "X", new AttachmentLimits(61 * AttachmentLimits.Megabyte, AttachmentLimits.DefaultMaxBytes), [])],
        };

        await Assert.ThrowsAsync<ArgumentException>(() => AuthorityDirectorySeeder.SeedAsync(fixture.DataSource, [tooBig]));
    }
}
