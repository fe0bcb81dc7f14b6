using DigitalPost.Runtime.Postgres;
using Npgsql;

namespace DigitalPost.Grains.MassSend.Scheduling;

/// <summary>
/// A data source of its own (own application name and pool size) whose every new session gets a nice value on its
/// backend process when PostgreSQL runs on this machine, so the work done on it yields the CPU to interactive sessions.
/// Shared by the delivery workers (<see cref="MassSendConnections"/>) and the retention sweep; created on first use.
/// </summary>
internal sealed class NicedDataSource(
    PostgresDatabase database,
    IBackendPriority priority,
    NicedDataSource.Settings settings,
    NicedDataSource.Reports reports) : IAsyncDisposable
{
    private readonly SemaphoreSlim _create = new(1, 1);
    private NpgsqlDataSource? _dataSource;
    private int _warned;

    /// <summary>What the data source is: <paramref name="MinPoolSize"/> null keeps the database's own.</summary>
    public sealed record Settings(string ApplicationName, int MaxPoolSize, int? MinPoolSize, int Nice);

    /// <summary>How the owner reports a backend set to its nice value, one that could not be (once), and a server not on this machine.</summary>
    public sealed record Reports(Action<int, int>? Lowered, Action<int, int, string?> NotLowered, Action<string?>? NotLocal);

    /// <summary>Whether the server runs on this machine (loopback or a Unix socket): only then is a backend pid a local process.</summary>
    public static bool IsLocal(string? host) =>
        host is null or "" or "localhost" or "127.0.0.1" or "::1" || host.StartsWith('/') || host.StartsWith('@');

    /// <summary>An open connection.</summary>
    public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var dataSource = Volatile.Read(ref _dataSource) ?? await CreateAsync(cancellationToken).ConfigureAwait(false);
        return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

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

            _dataSource = await database.CreateDataSourceAsync(builder =>
            {
                var connection = builder.ConnectionStringBuilder;
                connection.ApplicationName = settings.ApplicationName;
                if (settings.MinPoolSize is { } min)
                {
                    connection.MinPoolSize = min;
                }

                connection.MaxPoolSize = Math.Max(settings.MaxPoolSize, connection.MinPoolSize);
                if (settings.Nice > 0 && IsLocal(connection.Host))
                {
                    builder.UsePhysicalConnectionInitializer(Lower, LowerAsync);
                }
                else if (settings.Nice > 0)
                {
                    reports.NotLocal?.Invoke(connection.Host);
                }
            }, cancellationToken).ConfigureAwait(false);
            return _dataSource;
        }
        finally
        {
            _create.Release();
        }
    }

    private void Lower(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        Apply((int)command.ExecuteScalar()!);
    }

    private async Task LowerAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        Apply((int)(await command.ExecuteScalarAsync().ConfigureAwait(false))!);
    }

    private void Apply(int backend)
    {
        if (priority.TrySetNice(backend, settings.Nice, out var problem))
        {
            reports.Lowered?.Invoke(backend, settings.Nice);
        }
        else if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            // Once: the work goes on at normal priority, only the interactive path loses its precedence.
            reports.NotLowered(backend, settings.Nice, problem);
        }
    }
}
