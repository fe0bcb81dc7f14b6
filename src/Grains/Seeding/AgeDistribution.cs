namespace DigitalPost.Grains.Seeding;

/// <summary>
/// The synthetic population's age pyramid (shares per age band, roughly Denmark's): 16 % under 15,
/// oldest 104. Deaths are drawn among people aged 70 or more so that about 1 % of all rows are deceased.
/// </summary>
internal static class AgeDistribution
{
    public const int MaxAge = 104;

    /// <summary>Probability that a person aged 70+ is registered as deceased (≈ 1 % of everyone, as 70+ is ≈ 15 %).</summary>
    public const double DeceasedAmongSeventyPlus = 0.0656;

    /// <summary>Share of living people registered as emigrated.</summary>
    public const double Emigrated = 0.015;

    /// <summary>Share of living people without permanent residence.</summary>
    public const double NoPermanentResidence = 0.004;

    /// <summary>
    /// Share of all people who are 15 or older, alive and not emigrated (mailbox holders who can be
    /// exempted): 1 - 16 % under 15 - 1 % deceased - 1.5 % of the rest emigrated.
    /// </summary>
    public const double MailboxEligible = 0.817;

    private static readonly (int From, int To, double Share)[] Bands =
    [
        (0, 14, 0.160),
        (15, 24, 0.125),
        (25, 34, 0.130),
        (35, 44, 0.120),
        (45, 54, 0.135),
        (55, 64, 0.125),
        (65, 74, 0.105),
        (75, 84, 0.075),
        (85, 99, 0.024),
        (100, 104, 0.001),
    ];

    /// <summary>Share of the population per year of age <paramref name="age"/>.</summary>
    public static double ShareOfAge(int age)
    {
        foreach (var (from, to, share) in Bands)
        {
            if (age >= from && age <= to)
            {
                return share / (to - from + 1);
            }
        }

        return 0;
    }
}
