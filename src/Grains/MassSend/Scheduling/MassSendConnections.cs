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
public sealed partial class MassSendConnections(
    PostgresDatabase database,
    IOptions<MassSendOptions> options,
    IBackendPriority priority,
    ILogger<MassSendConnections> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _create = new(1, 1);
    private NpgsqlDataSource? _dataSource;
    private int _warned;

    /// <summary>An open connection for a delivery worker.</summary>
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var dataSource = options.Value.DedicatedConnections
            ? await DedicatedAsync(cancellationToken).ConfigureAwait(false)
            : await database.GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _dataSource, null) is { } dataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }

        _create.Dispose();
    }

    private async ValueTask<NpgsqlDataSource> DedicatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _dataSource) is { } existing)
        {
            return existing;
        }

        await _create.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_dataSource is { } created)
            {
                return created;
            }

            var settings = options.Value;
            _dataSource = await database.CreateDataSourceAsync(builder =>
            {
                builder.ConnectionStringBuilder.ApplicationName = settings.ApplicationName;
                builder.ConnectionStringBuilder.MaxPoolSize = Math.Max(settings.EffectiveParallelism, builder.ConnectionStringBuilder.MinPoolSize);
                if (settings.SessionNice > 0 && IsLocal(builder.ConnectionStringBuilder.Host))
                {
                    builder.UsePhysicalConnectionInitializer(connection => Lower(connection, settings.SessionNice), connection => LowerAsync(connection, settings.SessionNice));
                }
                else if (settings.SessionNice > 0)
                {
                    LogNotLocal(logger, builder.ConnectionStringBuilder.Host);
                }
            }, cancellationToken).ConfigureAwait(false);
            return _dataSource;
        }
        finally
        {
            _create.Release();
        }
    }

    /// <summary>Whether the server runs on this machine (loopback or a Unix socket): only then is a backend pid a local process.</summary>
    public static bool IsLocal(string? host) =>
        host is null or "" or "localhost" or "127.0.0.1" or "::1" || host.StartsWith('/') || host.StartsWith('@');

    private void Lower(NpgsqlConnection connection, int nice)
    {
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        Apply((int)command.ExecuteScalar()!, nice);
    }

    private async Task LowerAsync(NpgsqlConnection connection, int nice)
    {
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        Apply((int)(await command.ExecuteScalarAsync().ConfigureAwait(false))!, nice);
    }

    private void Apply(int backend, int nice)
    {
        if (priority.TrySetNice(backend, nice, out var problem))
        {
            LogLowered(logger, backend, nice);
        }
        else if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            // Once: the send works at normal priority, only the interactive path loses its precedence.
            LogNotLowered(logger, backend, nice, problem);
        }
    }

    [LoggerMessage(EventId = 6511, Level = LogLevel.Debug, Message = "Mass send session: backend {Backend} runs at nice {Nice}")]
    private static partial void LogLowered(ILogger logger, int backend, int nice);

    [LoggerMessage(EventId = 6512, Level = LogLevel.Warning, Message = "Mass send sessions keep their priority: backend {Backend} could not be set to nice {Nice}: {Problem}")]
    private static partial void LogNotLowered(ILogger logger, int backend, int nice, string? problem);

    [LoggerMessage(EventId = 6513, Level = LogLevel.Information, Message = "Mass send sessions keep their priority: PostgreSQL at {Host} is not on this machine")]
    private static partial void LogNotLocal(ILogger logger, string? host);
}
