namespace DigitalPost.Grains.MassSend.Retention;

/// <summary>
/// The retention of a finished job's recipient list (section <c>MassSend:Retention</c>; docs/mass-send.md, "Retention").
/// Once a job is <c>Completed</c> or <c>Recalled</c> for <see cref="RetainFor"/>, <see cref="MassSendRetention"/> deletes
/// its <c>mass_send_recipients</c> rows, at most <see cref="RowsPerTransaction"/> per transaction, and records when on the
/// job. Receipts, counters and the job row are kept: every reader of a finished job is served without the list.
/// </summary>
public sealed class MassSendRetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "MassSend:Retention";

    /// <summary>Whether this process sweeps (any number of silos may: a row is deleted once, the job is marked once).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a finished job keeps its recipient list after completion (or recall). Nothing reads it then; 30 days leave
    /// support a month to compare a complaint with the list exactly as uploaded (the later lines of a recipient listed
    /// twice, a personalised MeMo) before the ~0.5 GB of a national send go.
    /// </summary>
    public TimeSpan RetainFor { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often a sweep looks for jobs past their retention (and once at start-up).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Recipient rows deleted per transaction: a national send's 6,000,000 rows go in ~120 short transactions (each
    /// holds its row locks and WAL for a fraction of a second), never in one.
    /// </summary>
    public int RowsPerTransaction { get; set; } = 50_000;

    /// <summary>Pause after each delete transaction, so a purge leaves the disk and WAL to other work in between (0 = none).</summary>
    public TimeSpan PauseBetweenTransactions { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Longest one delete statement may run before it is cancelled (and retried by the next sweep).</summary>
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Nice value (0-19) of the sweep's PostgreSQL backend when the server is on this machine, as the delivery workers'
    /// sessions (<c>MassSend:SessionNice</c>); 0 = leave it.
    /// </summary>
    public int SessionNice { get; set; } = 10;

    /// <summary><c>application_name</c> of the sweep's session (find it in <c>pg_stat_activity</c>).</summary>
    public string ApplicationName { get; set; } = "digitalpost-mass-send-retention";

    /// <summary>Throws, naming the setting, when a value cannot work.</summary>
    public void Validate()
    {
        if (RetainFor < TimeSpan.Zero)
        {
            throw new InvalidOperationException("MassSend:Retention:RetainFor must not be negative.");
        }

        if (SweepInterval <= TimeSpan.Zero || SweepInterval > TimeSpan.FromDays(24))
        {
            throw new InvalidOperationException("MassSend:Retention:SweepInterval must be positive and at most 24 days.");
        }

        if (RowsPerTransaction < 1)
        {
            throw new InvalidOperationException("MassSend:Retention:RowsPerTransaction must be at least 1.");
        }

        if (PauseBetweenTransactions < TimeSpan.Zero)
        {
            throw new InvalidOperationException("MassSend:Retention:PauseBetweenTransactions must not be negative.");
        }

        if (CommandTimeout < TimeSpan.FromSeconds(1) || CommandTimeout > TimeSpan.FromSeconds(int.MaxValue))
        {
            throw new InvalidOperationException("MassSend:Retention:CommandTimeout must be at least 1 second.");
        }

        if (SessionNice is < 0 or > 19)
        {
            throw new InvalidOperationException("MassSend:Retention:SessionNice must be between 0 and 19.");
        }

        if (string.IsNullOrWhiteSpace(ApplicationName))
        {
            throw new InvalidOperationException("MassSend:Retention:ApplicationName must be set.");
        }
    }
}
