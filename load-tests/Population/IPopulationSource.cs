namespace DigitalPost.LoadTests.Population;

/// <summary>
/// Where scenarios find real people of the seeded population (the seeder is deterministic, but its generator is
/// internal to the grains, so the scenarios read what it wrote, or a list of CPR numbers).
/// </summary>
public interface IPopulationSource
{
    /// <summary>Where the numbers come from, for the console.</summary>
    string Description { get; }

    /// <summary>
    /// Up to <paramref name="count"/> citizens with a mailbox to open as far as the registry knows: alive, resident
    /// in Denmark and at least 15 years old; in CPR order, so two runs pick the same people.
    /// </summary>
    IAsyncEnumerable<string> CitizensAsync(long count, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> people of any status, in CPR order: a mass send's list (a nationwide letter also
    /// reaches the exempt, the emigrated and the recently deceased, and the pipeline sorts them out).
    /// </summary>
    IAsyncEnumerable<string> PeopleAsync(long count, CancellationToken cancellationToken);
}
