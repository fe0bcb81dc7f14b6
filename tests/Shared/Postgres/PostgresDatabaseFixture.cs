using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Xunit;

namespace DigitalPost.Testing.Postgres;

/// <summary>
/// A fresh, migrated database for one test class (<c>IClassFixture&lt;PostgresDatabaseFixture&gt;</c>)
/// on the process-wide <see cref="PostgresTestServer"/>; dropped when the class is done. Derive and
/// override <see cref="MigrationSets"/> to add a component's tables (e.g. the grains').
/// </summary>
public class PostgresDatabaseFixture : IAsyncLifetime
{
    private NpgsqlDataSource? _dataSource;
    private PostgresTestServer? _server;
    private readonly List<string> _extraDatabases = [];

    /// <summary>The migrations the database carries; the runtime's by default.</summary>
    public virtual IReadOnlyList<MigrationSet> MigrationSets => [RuntimeMigrations.Set];

    /// <summary>The server the database lives on.</summary>
    public PostgresTestServer Server => _server ?? throw NotInitialised();

    /// <summary>The database's name.</summary>
    public string DatabaseName { get; private set; } = string.Empty;

    /// <summary>A connection string for the database.</summary>
    public string ConnectionString => Server.ConnectionStringFor(DatabaseName);

    /// <summary>A pooled data source for the database.</summary>
    public NpgsqlDataSource DataSource => _dataSource ?? throw NotInitialised();

    /// <summary>Points <see cref="PostgresOptions"/> at this database (for <c>AddPostgres</c> / <c>AddPostgresGrainStorage</c>).</summary>
    public void Configure(PostgresOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConnectionString = ConnectionString;
    }

    /// <summary>
    /// A started <see cref="PostgresDatabase"/> on this fixture's database (as the runtime would use
    /// it); the caller disposes it.
    /// </summary>
    public async Task<PostgresDatabase> StartPostgresDatabaseAsync(TimeProvider? timeProvider = null)
    {
        var options = new PostgresOptions();
        Configure(options);
        var database = new PostgresDatabase(Options.Create(options), MigrationSets, NullLoggerFactory.Instance, timeProvider ?? TimeProvider.System);
        await database.StartAsync(CancellationToken.None).ConfigureAwait(false);
        return database;
    }

    /// <summary>Another fresh database with the same migrations, dropped with this fixture; returns its connection string.</summary>
    public async Task<string> CreateAnotherDatabaseAsync()
    {
        var name = await Server.CreateDatabaseAsync(MigrationSets).ConfigureAwait(false);
        lock (_extraDatabases)
        {
            _extraDatabases.Add(name);
        }

        return Server.ConnectionStringFor(name);
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _server = await PostgresTestServer.GetAsync().ConfigureAwait(false);
        DatabaseName = await _server.CreateDatabaseAsync(MigrationSets).ConfigureAwait(false);
        _dataSource = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync().ConfigureAwait(false);
        }

        if (_server is not null)
        {
            await _server.DropDatabaseAsync(DatabaseName).ConfigureAwait(false);
            foreach (var name in _extraDatabases)
            {
                await _server.DropDatabaseAsync(name).ConfigureAwait(false);
            }
        }
    }

    private static InvalidOperationException NotInitialised() =>
        new("The PostgreSQL fixture is not initialised yet (xunit calls InitializeAsync before the tests).");
}
