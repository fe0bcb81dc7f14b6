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
    private readonly NicedDataSource _dataSource = new(
        database,
        priority,
        new NicedDataSource.Settings(options.Value.ApplicationName, MaxPoolSize: 1, MinPoolSize: 0, options.Value.SessionNice),
        new NicedDataSource.Reports(null, (backend, nice, problem) => LogNotLowered(logger, backend, nice, problem), null));

    /// <summary>An open connection for the sweep.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenAsync(cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    [LoggerMessage(EventId = 6533, Level = LogLevel.Warning, Message = "Mass send retention session keeps its priority: backend {Backend} could not be set to nice {Nice}: {Problem}")]
    private static partial void LogNotLowered(ILogger logger, int backend, int nice, string? problem);
}
