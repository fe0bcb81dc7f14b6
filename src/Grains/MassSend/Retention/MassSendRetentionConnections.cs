using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.MassSend.Retention;

/// <summary>
/// The retention sweep's session: a data source of its own (one connection, application name
/// <see cref="MassSendRetentionOptions.ApplicationName"/>), whose backend runs at <see cref="MassSendRetentionOptions.SessionNice"/>
/// like the delivery workers' (<see cref="MassSendConnections"/>). Not the workers' pool: that one is sized for the
/// running slices, and a purge must neither wait for nor take a slot a send needs; nor the interactive pool, whose
/// sessions must keep their priority.
/// </summary>
public sealed partial class MassSendRetentionConnections(
    PostgresDatabase database,
    IOptions<MassSendRetentionOptions> options,
    IBackendPriority priority,
    ILogger<MassSendRetentionConnections> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _create = new(1, 1);
    private NpgsqlDataSource? _dataSource;
    private int _warned;

    /// <summary>An open connection for the sweep.</summary>
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var dataSource = Volatile.Read(ref _dataSource) ?? await CreateAsync(cancellationToken).ConfigureAwait(false);
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

    private async ValueTask<NpgsqlDataSource> CreateAsync(CancellationToken cancellationToken)
    {
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
                builder.ConnectionStringBuilder.MinPoolSize = 0;
                builder.ConnectionStringBuilder.MaxPoolSize = 1;
                if (settings.SessionNice > 0 && MassSendConnections.IsLocal(builder.ConnectionStringBuilder.Host))
                {
                    builder.UsePhysicalConnectionInitializer(connection => Lower(connection, settings.SessionNice), connection => LowerAsync(connection, settings.SessionNice));
                }
            }, cancellationToken).ConfigureAwait(false);
            return _dataSource;
        }
        finally
        {
            _create.Release();
        }
    }

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
        if (!priority.TrySetNice(backend, nice, out var problem) && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            // Once: the purge works at normal priority, only its yielding to the interactive path is lost.
            LogNotLowered(logger, backend, nice, problem);
        }
    }

    [LoggerMessage(EventId = 6533, Level = LogLevel.Warning, Message = "Mass send retention session keeps its priority: backend {Backend} could not be set to nice {Nice}: {Problem}")]
    private static partial void LogNotLowered(ILogger logger, int backend, int nice, string? problem);
}
