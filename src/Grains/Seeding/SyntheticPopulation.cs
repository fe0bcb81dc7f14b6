using System.Globalization;
using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.Grains.Seeding;

/// <summary>
/// The synthetic population as a pure function of (options, person index): people are numbered
/// oldest first; how many are born on each day comes from the age pyramid (with a little seeded
/// noise), and each person's fields from a generator seeded by (seed, index). So any person can be
/// made on any thread, in any order, and a delegate or company owner can be looked up by index.
/// CPR sequence numbers within a day are a seeded permutation of the valid ones, hence unique.
/// </summary>
internal sealed class SyntheticPopulation
{
    private const ulong PersonStream = 1;
    private const ulong DayStream = 2;
    private const ulong ProfileStream = 3;

    private static readonly int[] StridePrimes = [617, 619, 631, 641, 643, 647, 653, 659, 661, 673, 677, 683, 691, 701, 709, 719, 727, 733, 739, 743, 751, 757, 761, 769];
    private static readonly string[] HouseNumbers = Enumerable.Range(1, 160).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();
    private static readonly string[] HouseLetters = ["A", "B", "C", "D"];

    private readonly SeedOptions _options;
    private readonly DateOnly _firstDay;
    private readonly long[] _dayStart;
    private readonly int[] _dayOffset;
    private readonly int[] _dayStride;
    private readonly double[] _municipalityWeights;
    private readonly Municipality[] _municipalities;
    private readonly int _firstDayNumber;

    public SyntheticPopulation(SeedOptions options)
    {
        _options = options;
        var reference = options.ReferenceDate;
        _firstDay = reference.AddYears(-(AgeDistribution.MaxAge + 1)).AddDays(1);
        _firstDayNumber = _firstDay.DayNumber;
        var days = reference.DayNumber - _firstDayNumber + 1;
        var weights = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            var date = DateOnly.FromDayNumber(_firstDayNumber + d);
            var noise = SeedRandom.For(options.Seed, DayStream, d).NextDouble();
            weights[d] = AgeDistribution.ShareOfAge(RegistryDates.AgeOn(date, reference)) * (0.85 + (0.3 * noise));
            total += weights[d];
        }

        _dayStart = new long[days + 1];
        _dayOffset = new int[days];
        _dayStride = new int[days];
        var cumulative = 0.0;
        for (var d = 0; d < days; d++)
        {
            cumulative += weights[d];
            _dayStart[d + 1] = d == days - 1 ? options.People : (long)Math.Round(options.People * (cumulative / total));
            var date = DateOnly.FromDayNumber(_firstDayNumber + d);
            var capacity = CprSerials.SeventhDigits(date.Year).Length * 1000;
            if (_dayStart[d + 1] - _dayStart[d] > capacity)
            {
                throw new InvalidOperationException($"{options.People} people need more than {capacity} CPR numbers for one birth date; seed fewer people.");
            }

            var random = SeedRandom.For(options.Seed, DayStream ^ 0xFF, d);
            _dayOffset[d] = random.Next(capacity);
            _dayStride[d] = StridePrimes[random.Next(StridePrimes.Length)];
        }

        _municipalities = [.. DanishMunicipalities.All];
        _municipalityWeights = new double[_municipalities.Length];
        var sum = 0.0;
        for (var i = 0; i < _municipalities.Length; i++)
        {
            sum += _municipalities[i].ApproximatePopulation;
            _municipalityWeights[i] = sum;
        }

        AdultCount = _dayStart[DayIndex(reference.AddYears(-18)) + 1];
    }

    /// <summary>People born at least 18 years before the reference date are the first <see cref="AdultCount"/>.</summary>
    public long AdultCount { get; }

    /// <summary>The index of the day of birth of person <paramref name="index"/>.</summary>
    public int DayOfPerson(long index)
    {
        var position = Array.BinarySearch(_dayStart, index);
        // Several days may share a start (days with nobody); the person belongs to the last of them.
        if (position >= 0)
        {
            while (position + 1 < _dayStart.Length && _dayStart[position + 1] == index)
            {
                position++;
            }

            return position;
        }

        return ~position - 1;
    }

    public long DayStart(int day) => _dayStart[day];

    public long DayEnd(int day) => _dayStart[day + 1];

    /// <summary>Person <paramref name="index"/>, born on day <paramref name="day"/>.</summary>
    public PersonRow Generate(long index, int day, out SeedRandom random)
    {
        var birthDate = DateOnly.FromDayNumber(_firstDayNumber + day);
        var digits = CprSerials.SeventhDigits(birthDate.Year);
        var capacity = digits.Length * 1000;
        var rank = index - _dayStart[day];
        var slot = (int)((_dayOffset[day] + (rank * _dayStride[day])) % capacity);
        var serial = (digits[slot / 1000] * 1000) + (slot % 1000);
        var male = (serial & 1) == 1;

        random = SeedRandom.For(_options.Seed, PersonStream, index);
        var names = male ? DanishNames.Male : DanishNames.Female;
        var first = random.Pick(names);
        if (random.NextDouble() < 0.35)
        {
            var middle = random.Pick(names);
            if (!ReferenceEquals(middle, first))
            {
                first = first + " " + middle;
            }
        }

        var lastIndex = (int)(DanishNames.Last.Length * Math.Pow(random.NextDouble(), 2.2));
        var row = new PersonRow
        {
            Cpr = CprSerials.Format(birthDate, serial),
            FirstNames = first,
            LastName = DanishNames.Last[lastIndex],
            BirthDate = birthDate,
        };

        var age = RegistryDates.AgeOn(birthDate, _options.ReferenceDate);
        var deathDraw = random.NextDouble();
        var daysBeforeDeath = random.Next(5 * 365) + 1;
        if (age >= 70 && deathDraw < AgeDistribution.DeceasedAmongSeventyPlus)
        {
            var death = _options.ReferenceDate.AddDays(-daysBeforeDeath);
            row.DeathDate = death > birthDate ? death : birthDate.AddDays(1);
        }

        var residenceDraw = random.NextDouble();
        var residence = row.DeathDate is not null ? Residence.Resident
            : residenceDraw < AgeDistribution.Emigrated ? Residence.Emigrated
            : residenceDraw < AgeDistribution.Emigrated + AgeDistribution.NoPermanentResidence ? Residence.NoPermanentResidence
            : Residence.Resident;
        row.Residence = (short)residence;
        var municipality = PickMunicipality(ref random);
        if (residence == Residence.Resident)
        {
            var district = random.Pick(municipality.PostalDistricts);
            row.Street = random.Pick(DanishNames.Streets);
            row.HouseNumber = HouseNumber(ref random);
            row.Postcode = district.Postcode;
            row.City = district.City;
            row.MunicipalityCode = (short)municipality.Code;
        }

        return row;
    }

    /// <summary>Person <paramref name="index"/> wherever it falls.</summary>
    public PersonRow PersonAt(long index) => Generate(index, DayOfPerson(index), out _);

    /// <summary>
    /// The mailbox-profile decisions for a generated person: an exemption, and/or a delegation to
    /// another adult. Drawn from a generator of their own so they never shift the person's fields.
    /// </summary>
    public void DecideProfile(long index, in PersonRow person, List<SeedExemption> exemptions, List<SeedDelegation> delegations)
    {
        if (!person.IsAlive || person.Residence == (short)Residence.Emigrated)
        {
            return;
        }

        var random = SeedRandom.For(_options.Seed, ProfileStream, index);
        var age = RegistryDates.AgeOn(person.BirthDate, _options.ReferenceDate);
        var exemptDraw = random.NextDouble();
        var delegationDraw = random.NextDouble();
        if (age >= RegistryDates.MailboxAge && exemptDraw < _options.ExemptShare / AgeDistribution.MailboxEligible)
        {
            var criterion = person.Residence == (short)Residence.NoPermanentResidence
                ? SeedExemptionCriterion.NoPermanentAddressInDenmark
                : PickCriterion(ref random, age);
            exemptions.Add(new SeedExemption(
                Cpr.Parse(person.Cpr),
                criterion,
                person.HasAddress ? person.MunicipalityCode : 101,
                _options.ReferenceDate.AddDays(-random.Next(3 * 365) - 1)));
        }

        if (age >= 18 && delegationDraw < _options.DelegationShare && index < AdultCount && AdultCount > 1)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var candidate = random.NextInt64(AdultCount);
                if (candidate == index)
                {
                    continue;
                }

                var delegatePerson = PersonAt(candidate);
                if (!delegatePerson.IsAlive || delegatePerson.Residence == (short)Residence.Emigrated)
                {
                    continue;
                }

                var access = random.NextDouble() < 0.7 ? SeedDelegationAccess.Read : SeedDelegationAccess.ReadAndWrite;
                var grantedOn = _options.ReferenceDate.AddDays(-random.Next(4 * 365) - 1);
                DateOnly? expires = random.NextDouble() < 0.5 ? null : _options.ReferenceDate.AddDays(random.Next(3 * 365) + 30);
                delegations.Add(new SeedDelegation(Cpr.Parse(person.Cpr), Cpr.Parse(delegatePerson.Cpr), access, grantedOn, expires));
                break;
            }
        }
    }

    /// <summary>A living adult living in Denmark, chosen by <paramref name="random"/> (for company roles).</summary>
    public string PickAdultCpr(ref SeedRandom random)
    {
        for (var attempt = 0; ; attempt++)
        {
            var person = PersonAt(random.NextInt64(AdultCount));
            if ((person.IsAlive && person.Residence != (short)Residence.Emigrated) || attempt >= 16)
            {
                return person.Cpr;
            }
        }
    }

    public Municipality PickMunicipality(ref SeedRandom random)
    {
        var target = random.NextDouble() * _municipalityWeights[^1];
        var position = Array.BinarySearch(_municipalityWeights, target);
        return _municipalities[position >= 0 ? position : ~position];
    }

    public string HouseNumber(ref SeedRandom random)
    {
        var number = HouseNumbers[(int)(HouseNumbers.Length * Math.Pow(random.NextDouble(), 1.8))];
        return random.NextDouble() < 0.1 ? number + random.Pick(HouseLetters) : number;
    }

    private int DayIndex(DateOnly date) => Math.Clamp(date.DayNumber - _firstDayNumber, -1, _dayStart.Length - 2);

    private static SeedExemptionCriterion PickCriterion(ref SeedRandom random, int age)
    {
        var draw = random.NextDouble();
        if (age >= 75)
        {
            return draw < 0.5 ? SeedExemptionCriterion.NoComputerSmartphoneOrTablet
                : draw < 0.85 ? SeedExemptionCriterion.PhysicalOrMentalDisability
                : SeedExemptionCriterion.OtherSpecialCircumstances;
        }

        return draw switch
        {
            < 0.35 => SeedExemptionCriterion.PhysicalOrMentalDisability,
            < 0.55 => SeedExemptionCriterion.NoComputerSmartphoneOrTablet,
            < 0.70 => SeedExemptionCriterion.LimitedCommandOfDanish,
            < 0.80 => SeedExemptionCriterion.DifficultyObtainingEid,
            < 0.87 => SeedExemptionCriterion.NoAdequateInternetConnection,
            _ => SeedExemptionCriterion.OtherSpecialCircumstances,
        };
    }
}
