using System.Globalization;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.Grains.Seeding;

/// <summary>
/// Synthetic companies as a pure function of (options, company index), like
/// <see cref="SyntheticPopulation"/>. CVR numbers are a seeded permutation of 11000000-99999999
/// (10xxxxxx is left to the authority directory), hence unique.
/// </summary>
internal sealed class SyntheticCompanies
{
    /// <summary>The lowest CVR the seeder uses.</summary>
    public const int FirstCvr = 11_000_000;

    private const int CvrRange = 100_000_000 - FirstCvr;
    private const ulong CompanyStream = 11;
    private const ulong CompanyPeopleStream = 12;
    private static readonly int[] StridePrimes = [1_000_003, 999_983, 1_000_033, 1_000_037, 1_000_039, 7_654_321 + 2, 3_333_331];

    private readonly SeedOptions _options;
    private readonly SyntheticPopulation _population;
    private readonly long _offset;
    private readonly long _stride;

    public SyntheticCompanies(SeedOptions options, SyntheticPopulation population)
    {
        _options = options;
        _population = population;
        var random = SeedRandom.For(options.Seed, CompanyStream ^ 0xFF, 0);
        _offset = random.NextInt64(CvrRange);
        var stride = StridePrimes[random.Next(StridePrimes.Length)];
        while (Gcd(stride, CvrRange) != 1)
        {
            stride++;
        }

        _stride = stride;
    }

    public string Cvr(long index) => (FirstCvr + ((_offset + (index * _stride)) % CvrRange)).ToString(CultureInfo.InvariantCulture);

    public CompanyRow Company(long index)
    {
        var random = SeedRandom.For(_options.Seed, CompanyStream, index);
        var last = DanishNames.Last[(int)(DanishNames.Last.Length * Math.Pow(random.NextDouble(), 2.0))];
        var trade = random.Pick(DanishNames.Trades);
        var form = random.Pick(DanishNames.CompanyForms);
        var municipality = _population.PickMunicipality(ref random);
        var district = random.Pick(municipality.PostalDistricts);
        var name = random.Next(4) switch
        {
            0 => $"{last} {trade}",
            1 => $"{last} & {random.Pick(DanishNames.Last)} {trade}",
            2 => $"{municipality.Name} {trade}",
            _ => $"{trade} {random.Pick(DanishNames.Male)} {last}",
        };
        if (form.Length > 0)
        {
            name = name + " " + form;
        }

        return new CompanyRow(Cvr(index), name, random.Pick(DanishNames.Streets), _population.HouseNumber(ref random), district.Postcode, district.City, (short)municipality.Code);
    }

    /// <summary>The people acting for company <paramref name="index"/>: one owner, up to 2 directors, up to 3 employees with access.</summary>
    public void People(long index, List<CompanyPersonRow> into)
    {
        var random = SeedRandom.For(_options.Seed, CompanyPeopleStream, index);
        var cvr = Cvr(index);
        var first = into.Count;
        Add(CompanyRole.Owner, ref random);
        var directors = random.NextDouble() switch { < 0.4 => 0, < 0.85 => 1, _ => 2 };
        for (var i = 0; i < directors; i++)
        {
            Add(CompanyRole.Director, ref random);
        }

        var employees = random.Next(4);
        for (var i = 0; i < employees; i++)
        {
            Add(CompanyRole.Employee, ref random);
        }

        void Add(CompanyRole role, ref SeedRandom random)
        {
            var cpr = _population.PickAdultCpr(ref random);
            for (var i = first; i < into.Count; i++)
            {
                if (into[i].Cpr == cpr && into[i].Role == (short)role)
                {
                    return;
                }
            }

            into.Add(new CompanyPersonRow(cvr, cpr, (short)role));
        }
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
