namespace DigitalPost.Silo.Logging;

/// <summary>
/// Limits of the silo's batching console writer (<see cref="BatchingConsoleWriter"/>), bound from
/// <c>Silo:BatchedConsoleLog:*</c> (<see cref="SectionName"/>); read once at start-up. The writer itself is switched by
/// the value of <c>Silo:BatchedConsoleLog</c> (<see cref="SiloOptions.BatchedConsoleLog"/>).
/// </summary>
public sealed class BatchedConsoleLogOptions
{
    /// <summary>The configuration section (children of the <c>Silo:BatchedConsoleLog</c> switch).</summary>
    public const string SectionName = SiloOptions.SectionName + ":" + nameof(SiloOptions.BatchedConsoleLog);

    /// <summary>
    /// Lines allowed to wait for the writer thread; above it a logging thread writes its own line (back-pressure, never
    /// loss). Default 2,500 (what the framework's console logger queues).
    /// </summary>
    public int MaxQueuedLines { get; set; } = 2500;

    /// <summary>
    /// Most bytes (UTF-8) handed to one <c>write</c> of standard output; a single longer line is written alone.
    /// Default 65,536.
    /// </summary>
    public int MaxWriteBytes { get; set; } = 64 * 1024;

    /// <summary>Throws when a limit is not positive.</summary>
    public void Validate()
    {
        if (MaxQueuedLines <= 0)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxQueuedLines)} must be positive (was {MaxQueuedLines}).");
        }

        if (MaxWriteBytes < 1024)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxWriteBytes)} must be at least 1024 (was {MaxWriteBytes}).");
        }
    }
}
