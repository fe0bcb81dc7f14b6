using DigitalPost.Runtime.Postgres.Provisioning;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// The runtime's PostgreSQL: the configured server, or a private cluster provisioned when no
/// connection string is set; with every registered <see cref="MigrationSet"/> applied before it
/// reports ready. Provisioning failures are fatal (they need a person); an external server that
/// cannot be reached is retried every <see cref="PostgresOptions.RetryDelay"/> while the readiness
/// probe reports why.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly PostgresOptions _options;
    private readonly IReadOnlyList<MigrationSet> _migrationSets;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();
    private Task? _firstAttempt;
    private Task? _retries;
    private NpgsqlDataSource? _dataSource;
    private string? _connectionString;
    private PrivatePostgresServer? _privateServer;
    private volatile PostgresStatus _status;
    private volatile bool _ready;

    public PostgresDatabase(IOptions<PostgresOptions> options, IEnumerable<MigrationSet> migrationSets, ILoggerFactory loggerFactory, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _migrationSets = migrationSets.DistinctBy(s => s.Component).ToList();
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<PostgresDatabase>();
        _timeProvider = timeProvider;
        _status = new PostgresStatus(false, DescribeConfigured(), "not started yet");
    }

    /// <summary>Where the database is and whether it is ready.</summary>
    public PostgresStatus Status => _status;

    /// <summary>True when reachable with all migrations applied (as of the last attempt).</summary>
    public bool IsReady => _ready;

    /// <summary>The private cluster, when one was provisioned.</summary>
    public PrivatePostgresServer? PrivateServer => _privateServer;

    /// <summary>The migration sets this database applies, in order.</summary>
    public IReadOnlyList<MigrationSet> MigrationSets => _migrationSets;

    /// <summary>
    /// Connects (provisioning a private cluster if needed) and applies migrations; the first call
    /// does the work, later calls await it. Throws when provisioning fails; an unreachable external
    /// server is not an error here: it is retried in the background and reported by <see cref="Status"/>.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_startLock)
        {
            _firstAttempt ??= FirstAttemptAsync();
        }

        return _firstAttempt.WaitAsync(cancellationToken);
    }

    /// <summary>The data source once ready; throws <see cref="PostgresUnavailableException"/> while not.</summary>
    public ValueTask<NpgsqlDataSource> GetDataSourceAsync(CancellationToken cancellationToken)
    {
        var dataSource = _dataSource;
        return _ready && dataSource is not null ? ValueTask.FromResult(dataSource) : WaitForDataSourceAsync(cancellationToken);
    }

    /// <summary>
    /// A new data source (its own connection pool) to the same database, once ready: for work that
    /// must not share the main pool, e.g. background sessions set up differently (their own
    /// application name, pool size or per-connection initialisation). The caller disposes it.
    /// Throws <see cref="PostgresUnavailableException"/> while the database is not ready.
    /// </summary>
    public async ValueTask<NpgsqlDataSource> CreateDataSourceAsync(Action<NpgsqlDataSourceBuilder>? configure, CancellationToken cancellationToken)
    {
        await GetDataSourceAsync(cancellationToken).ConfigureAwait(false);
        var builder = new NpgsqlDataSourceBuilder(_connectionString ?? throw new PostgresUnavailableException("PostgreSQL storage was stopped."));
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Stops retrying, closes the connections and stops the private cluster, if any.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        lock (_startLock)
        {
            // Never started: any later use gets a clear error rather than a start after the stop.
            _firstAttempt ??= Task.FromException(new PostgresUnavailableException("PostgreSQL storage was stopped before it started."));
        }

        // A start still under way (Ctrl+C during start-up) must finish first, or a server it is
        // provisioning would be missed below.
        if (_firstAttempt is { } firstAttempt)
        {
            await firstAttempt.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_retries is { } retries)
        {
            await retries.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _ready = false;
        if (Interlocked.Exchange(ref _dataSource, null) is { } dataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }

        if (_privateServer is { } server)
        {
            await server.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        _status = _status with { MigrationsApplied = false, Error = "stopped" };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async ValueTask<NpgsqlDataSource> WaitForDataSourceAsync(CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        var dataSource = _dataSource;
        return _ready && dataSource is not null
            ? dataSource
            : throw new PostgresUnavailableException($"{_status.Target} is not ready: {_status.Error}");
    }

    private async Task FirstAttemptAsync()
    {
        var token = _stopping.Token;
        if (string.IsNullOrWhiteSpace(_options.ConnectionString))
        {
            // A private cluster we could not provision will not fix itself: fail loudly.
            await ProvisionPrivateAsync(token).ConfigureAwait(false);
            await MigrateAsync(token).ConfigureAwait(false);
            return;
        }

        _connectionString = _options.ConnectionString;
        _dataSource = NpgsqlDataSource.Create(_connectionString);
        if (!await TryMigrateAsync(token).ConfigureAwait(false))
        {
            _retries = RetryAsync(token);
        }
    }

    private async Task ProvisionPrivateAsync(CancellationToken cancellationToken)
    {
        var server = await PrivatePostgresServer.StartAsync(
            new PrivatePostgresServerOptions
            {
                DataDirectory = _options.DataDirectory is { Length: > 0 } dir ? dir : PrivatePostgresServerOptions.DefaultDataDirectory,
                BinDirectory = _options.BinDirectory,
                Port = _options.Port,
                Fsync = _options.Fsync,
                StartTimeout = _options.StartTimeout,
                StopWithOwnerProcess = _options.StopWithOwnerProcess,
                Settings = _options.Settings,
            },
            _loggerFactory.CreateLogger<PrivatePostgresServer>(),
            cancellationToken).ConfigureAwait(false);
        _privateServer = server;
        _status = _status with { Target = DescribePrivate(server) };
        await server.EnsureDatabaseAsync(_options.Database, cancellationToken).ConfigureAwait(false);
        _connectionString = server.ConnectionStringFor(_options.Database);
        _dataSource = NpgsqlDataSource.Create(_connectionString);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var applied = await PostgresMigrationRunner.ApplyAsync(_dataSource!, _migrationSets, _logger, cancellationToken).ConfigureAwait(false);
        _status = _status with { MigrationsApplied = true, Error = null };
        _ready = true;
        PostgresLog.DatabaseReady(_logger, _status.Target, applied);
    }

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _status = _status with { MigrationsApplied = false, Error = ex.Message };
            // An unreachable server is one line; anything else (a failing migration) keeps its stack trace.
            PostgresLog.DatabaseNotReady(_logger, ex is NpgsqlException ? null : ex, _status.Target, ex.Message, _options.RetryDelay);
            return false;
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.RetryDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (await TryMigrateAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private string DescribeConfigured()
    {
        if (string.IsNullOrWhiteSpace(_options.ConnectionString))
        {
            var dir = _options.DataDirectory is { Length: > 0 } d ? d : PrivatePostgresServerOptions.DefaultDataDirectory;
            return $"private PostgreSQL in {Path.GetFullPath(dir)} (not started)";
        }

        return DescribeConnectionString(_options.ConnectionString);
    }

    private string DescribePrivate(PrivatePostgresServer server) =>
        $"private PostgreSQL {server.Version}, data folder {server.DataDirectory}, 127.0.0.1:{server.Port}, database {_options.Database}";

    /// <summary>A connection string's target without its secrets.</summary>
    public static string DescribeConnectionString(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database ?? "(default)"}, user {builder.Username ?? "(default)"}";
        }
        catch (ArgumentException ex)
        {
            return $"PostgreSQL (invalid connection string: {ex.Message})";
        }
    }
}
