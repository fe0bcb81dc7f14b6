namespace DigitalPost.Silo;

/// <summary>Options of the silo process, bound from the configuration section <c>Silo</c>.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Silo";

    /// <summary>The address the silo listens on when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <summary>
    /// How long a graceful stop (Ctrl+C, SIGTERM) may take: deactivating grains, writing their
    /// state, stopping the private PostgreSQL.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether console log lines leave through the silo's batching writer (<c>Logging/BatchingConsoleWriter</c>: the
    /// framework's formatters and filters, many lines per write under load) instead of the framework's console logger
    /// (one write and one thread wake-up per line). Default <c>true</c>; read once at start-up. The writer's limits are the
    /// children of the same key, <c>Silo:BatchedConsoleLog:MaxQueuedLines</c> and <c>Silo:BatchedConsoleLog:MaxWriteBytes</c>
    /// (<see cref="Logging.BatchedConsoleLogOptions"/>).
    /// </summary>
    public bool BatchedConsoleLog { get; set; } = true;
}
