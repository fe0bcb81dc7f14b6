using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.MassSend.Scheduling;

namespace DigitalPost.Grains.MassSend;

/// <summary>Configuration of mass sends (section <c>MassSend</c>; see docs/mass-send.md).</summary>
public sealed class MassSendOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "MassSend";

    /// <summary>Recipients per batch transaction (facts read, decided, COPY'd, inserted, checkpointed together).</summary>
    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Slices worked on at once, each on its own connection; 0 = two per processor core (a batch
    /// waits on round trips and its commit's flush, so two per core keep both CPU and disk busy).
    /// </summary>
    public int Parallelism { get; set; }

    /// <summary>Slices per job: contiguous ranges of the runtime's partitions (at most the partition count and <see cref="MassSendMessageIds.MaxSlices"/>).</summary>
    public int SliceCount { get; set; } = 64;

    /// <summary>
    /// Writes a batch none of whose lines was ever written with plain binary COPY into the mailbox tables
    /// (<see cref="MassSendDirectWrite"/>) instead of the statement with its idempotency probes; false always uses the
    /// statement (to compare the two; both deliver once).
    /// </summary>
    public bool DirectWrite { get; set; } = true;

    /// <summary>
    /// The longest a batch's read or write statement may run before it is cancelled (the batch then rolls back and
    /// is retried from its checkpoint). The batches' sessions run at a lower CPU priority (<see cref="SessionNice"/>),
    /// so on a busy machine one statement of 10,000 recipients can take far longer than Npgsql's default 30 s.
    /// </summary>
    public TimeSpan BatchCommandTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often to look for jobs that came due (scheduled jobs, jobs of other silos) besides being woken.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether this process runs the delivery workers (the API works without).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>Notifications handed to the outbox per round trip of the notification drain.</summary>
    public int NotificationBatchSize { get; set; } = 500;

    /// <summary>Longest idempotency key.</summary>
    public int MaxIdempotencyKeyLength { get; set; } = 200;

    /// <summary>
    /// Whether the delivery workers take their connections from a pool of their own (application name
    /// <see cref="ApplicationName"/>), so interactive requests never wait for a connection a batch holds and a
    /// pipeline session never serves them. Needed for <see cref="SessionNice"/>.
    /// </summary>
    public bool DedicatedConnections { get; set; } = true;

    /// <summary>The application name of the workers' sessions (<c>pg_stat_activity.application_name</c>).</summary>
    public string ApplicationName { get; set; } = "digitalpost-mass-send";

    /// <summary>
    /// The nice value (0–19) given to the PostgreSQL backend of every worker session when the server runs on this
    /// machine: the batches' statements then yield the CPU to interactive backends. 0 leaves the priority alone.
    /// </summary>
    public int SessionNice { get; set; } = 10;

    /// <summary>
    /// The nice value (0–19) of the silo threads that do the workers' CPU work (reading profiles, deciding each
    /// recipient): the silo's request threads run first under contention. 0 runs that work on the thread pool.
    /// </summary>
    public int WorkerThreadNice { get; set; } = 10;

    /// <summary>The adaptive governor that slows the workers while interactive latency is high.</summary>
    public MassSendGovernorOptions Governor { get; set; } = new();

    /// <summary>Upload limits.</summary>
    public MassSendLimits Limits { get; set; } = new();

    /// <summary>
    /// The most lines of one slice that may be set aside as dead letters (docs/mass-send.md, "Poison lines"). Beyond it the
    /// slice stops with the error, as before: many failing lines point to a fault of the system, not of the lines.
    /// </summary>
    public int MaxDeadLettersPerSlice { get; set; } = 100;

    /// <summary>
    /// How much of an upload (bytes of recipient rows, personalised MeMos included) is held to be written grouped by slice
    /// (<see cref="MassSendRecipientCopy"/>): the larger, the longer the runs of one slice's rows on disk, which the
    /// slice's batches then read page by page instead of one page per recipient.
    /// </summary>
    public long UploadGroupBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The parallelism to use.</summary>
    public int EffectiveParallelism => Parallelism > 0 ? Parallelism : 2 * Environment.ProcessorCount;

    /// <summary>Throws, naming the setting, when a value cannot work.</summary>
    public void Validate(int partitionCount)
    {
        if (BatchSize < 1)
        {
            throw new InvalidOperationException("MassSend:BatchSize must be at least 1.");
        }

        if (SliceCount < 1 || SliceCount > Math.Min(partitionCount, MassSendMessageIds.MaxSlices))
        {
            throw new InvalidOperationException(
                $"MassSend:SliceCount must be between 1 and the partition count ({partitionCount}), at most {MassSendMessageIds.MaxSlices} (the slice is part of each letter's messageUUID).");
        }

        if (BatchCommandTimeout < TimeSpan.FromSeconds(1) || BatchCommandTimeout > TimeSpan.FromSeconds(int.MaxValue))
        {
            throw new InvalidOperationException("MassSend:BatchCommandTimeout must be at least 1 second.");
        }

        if (Parallelism < 0 || PollInterval <= TimeSpan.Zero || NotificationBatchSize < 1 || MaxIdempotencyKeyLength < 1 || UploadGroupBytes < 1 || MaxDeadLettersPerSlice < 0)
        {
            throw new InvalidOperationException(
                "MassSend: Parallelism and MaxDeadLettersPerSlice must be 0 or more; PollInterval, NotificationBatchSize, MaxIdempotencyKeyLength and UploadGroupBytes must be positive.");
        }

        if (SessionNice is < 0 or > 19 || WorkerThreadNice is < 0 or > 19)
        {
            throw new InvalidOperationException("MassSend:SessionNice and MassSend:WorkerThreadNice must be between 0 and 19.");
        }

        if (DedicatedConnections && string.IsNullOrWhiteSpace(ApplicationName))
        {
            throw new InvalidOperationException("MassSend:ApplicationName must be set.");
        }

        Governor.Validate();
        Limits.Validate();
    }
}
