namespace DigitalPost.Grains.Seeding;

/// <summary>What <see cref="PopulationSeeder"/> generates. Same options, same rows.</summary>
public sealed record SeedOptions
{
    /// <summary>Number of people (0 to 50 million).</summary>
    public long People { get; init; } = 10_000;

    /// <summary>Number of companies. Default 0; about 1 per 10 people is realistic.</summary>
    public long Companies { get; init; }

    /// <summary>The seed: different seeds give different populations.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The "today" ages, deaths and dates are relative to. Fixed by default so a seed always gives the same rows.</summary>
    public DateOnly ReferenceDate { get; init; } = new(2026, 1, 1);

    /// <summary>Share of all people who are exempt (drawn among those aged 15 or more, alive and not emigrated). Default 2 %.</summary>
    public double ExemptShare { get; init; } = 0.02;

    /// <summary>Share of living adults who give someone access to their mailbox. Default 1 %.</summary>
    public double DelegationShare { get; init; } = 0.01;

    /// <summary>When the registry tables already hold rows: true empties them (and the registry's event outbox) first; false refuses.</summary>
    public bool ReplaceExisting { get; init; }

    /// <summary>Generator threads. Default: one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Rows per generated chunk (the unit of parallel work and progress). Default 32,768.</summary>
    public int ChunkSize { get; init; } = 32_768;

    /// <summary>Exemptions / delegations per call to <see cref="IMailboxProfileSeeder"/>. Default 10,000.</summary>
    public int ProfileBatchSize { get; init; } = 10_000;

    /// <summary><c>maintenance_work_mem</c> for the index builds after the load. Default 256MB.</summary>
    public string IndexBuildMemory { get; init; } = "256MB";

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(People);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(People, 50_000_000);
        ArgumentOutOfRangeException.ThrowIfNegative(Companies);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Companies, 10_000_000);
        ArgumentOutOfRangeException.ThrowIfLessThan(Parallelism, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ChunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ProfileBatchSize, 1);
        if (ExemptShare is < 0 or > 1 || DelegationShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ExemptShare), "Shares lie between 0 and 1.");
        }

        if (Companies > 0 && People == 0)
        {
            throw new ArgumentException("Companies need people to act for them.", nameof(Companies));
        }

        if (ReferenceDate.Year is < 1960 or > 2035)
        {
            throw new ArgumentOutOfRangeException(nameof(ReferenceDate), "The CPR century rule covers births up to 2036 and back to 1858; pick a reference date from 1960 to 2035.");
        }
    }
}
