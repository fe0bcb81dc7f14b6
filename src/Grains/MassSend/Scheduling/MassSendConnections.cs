using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// The delivery workers' connections. With <see cref="MassSendOptions.DedicatedConnections"/> (the default) they come
/// from a data source of their own (application name <see cref="MassSendOptions.ApplicationName"/>, at most
/// <see cref="MassSendOptions.EffectiveParallelism"/> connections), so the interactive path never waits for a pool
/// slot a batch holds, and a session set up for the pipeline never serves an inbox read. Each new session of that
/// pool gets the nice value <see cref="MassSendOptions.SessionNice"/> on its backend process (PostgreSQL on this
/// machine only): under contention the batches' CPU goes to the interactive backends first. Without a dedicated pool
/// no session is reniced (it would go back to the shared pool).
/// </summary>
public sealed partial class MassSendConnections : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly IOptions<MassSendOptions> _options;
    private readonly NicedDataSource _dedicated;

    public MassSendConnections(PostgresDatabase database, IOptions<MassSendOptions> options, IBackendPriority priority, ILogger<MassSendConnections> logger)
    {
        _database = database;
        _options = options;
        var settings = options.Value;
        _dedicated = new NicedDataSource(
            database,
            priority,
            new NicedDataSource.Settings(settings.ApplicationName, settings.EffectiveParallelism, null, settings.SessionNice),
            new NicedDataSource.Reports(
                (backend, nice) => LogLowered(logger, backend, nice),
                (backend, nice, problem) => LogNotLowered(logger, backend, nice, problem),
                host => LogNotLocal(logger, host)));
    }

    /// <summary>Whether the server runs on this machine (loopback or a Unix socket): only then is a backend pid a local process.</summary>
    public static bool IsLocal(string? host) => NicedDataSource.IsLocal(host);

    /// <summary>An open connection for a delivery worker.</summary>
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_options.Value.DedicatedConnections)
        {
            return await _dedicated.OpenAsync(cancellationToken).ConfigureAwait(false);
        }

        var shared = await _database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        return await shared.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dedicated.DisposeAsync();

    [LoggerMessage(EventId = 6511, Level = LogLevel.Debug, Message = "Mass send session: backend {Backend} runs at nice {Nice}")]
    private static partial void LogLowered(ILogger logger, int backend, int nice);

    [LoggerMessage(EventId = 6512, Level = LogLevel.Warning, Message = "Mass send sessions keep their priority: backend {Backend} could not be set to nice {Nice}: {Problem}")]
    private static partial void LogNotLowered(ILogger logger, int backend, int nice, string? problem);

    [LoggerMessage(EventId = 6513, Level = LogLevel.Information, Message = "Mass send sessions keep their priority: PostgreSQL at {Host} is not on this machine")]
    private static partial void LogNotLocal(ILogger logger, string? host);
}
