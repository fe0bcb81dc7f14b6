namespace DigitalPost.Grains.Interfaces.Registry;

/// <summary>Date rules shared by the registry and its consumers.</summary>
public static class RegistryDates
{
    /// <summary>The age from which a person gets a Digital Post mailbox.</summary>
    public const int MailboxAge = 15;

    /// <summary>
    /// The day a person born on <paramref name="birthDate"/> turns <paramref name="years"/>: the
    /// birthday in that year, or 28 February for a 29 February birthday in a common year (the
    /// same rule PostgreSQL's <c>date + interval</c> applies, so SQL and C# agree).
    /// </summary>
    public static DateOnly Anniversary(DateOnly birthDate, int years) => birthDate.AddYears(years);

    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return Anniversary(birthDate, age) > date ? age - 1 : age;
    }
}
