using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Postgres.Provisioning;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace DigitalPost.Testing.Postgres;

/// <summary>
/// The one PostgreSQL server of a test process: a private throw-away cluster (started on first use,
/// fsync off, deleted when the process exits, and stopped by a watchdog if the test host is
/// killed), or the server named by <c>DIGITALPOST_TEST_CONNECTION_STRING</c>. Hands out fresh
/// databases cloned from a template that already carries the requested migrations.
/// </summary>
public sealed class PostgresTestServer
{
    /// <summary>Set to a superuser (or CREATEDB) connection string to test against an existing server.</summary>
    public const string ConnectionStringVariable = "DIGITALPOST_TEST_CONNECTION_STRING";

    private static readonly Lazy<Task<PostgresTestServer>> Shared = new(StartAsync);
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _templates = new(StringComparer.Ordinal);
    private readonly string _adminConnectionString;
    private readonly string _namePrefix;
    private int _databaseCount;

    private PostgresTestServer(string adminConnectionString, PrivatePostgresServer? privateServer)
    {
        _adminConnectionString = adminConnectionString;
        PrivateServer = privateServer;
        // Another process may share an external server: keep our names apart and clean up at exit.
        _namePrefix = privateServer is null ? $"dp{Environment.ProcessId}_" : "dp_";
        if (privateServer is null)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropOwnDatabases();
        }
    }

    /// <summary>The private cluster, or null when testing against an external server.</summary>
    public PrivatePostgresServer? PrivateServer { get; }

    /// <summary>A connection string to the maintenance database, with rights to create databases.</summary>
    public string AdminConnectionString => _adminConnectionString;

    /// <summary>The process-wide server, started on first call.</summary>
    public static Task<PostgresTestServer> GetAsync() => Shared.Value;

    /// <summary>A connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// Creates an empty-but-migrated database: a copy of a template with <paramref name="migrations"/>
    /// applied (the template is built once per distinct set of migrations). Returns its name.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(IReadOnlyList<MigrationSet> migrations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        var template = await _templates.GetOrAdd(TemplateKey(migrations), key => new Lazy<Task<string>>(() => CreateTemplateAsync(key, migrations))).Value.ConfigureAwait(false);
        var name = _namePrefix + "test_" + Interlocked.Increment(ref _databaseCount).ToString(CultureInfo.InvariantCulture);
        await ExecuteAdminAsync($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(template)}", cancellationToken).ConfigureAwait(false);
        return name;
    }

    /// <summary>Drops a database, closing any connection still open to it.</summary>
    public async Task DropDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PostgresTestServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } external)
        {
            return new PostgresTestServer(external, null);
        }

        var server = await PrivatePostgresServer.StartAsync(
            new PrivatePostgresServerOptions
            {
                DataDirectory = Path.Combine(Path.GetTempPath(), $"digitalpost-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]),
                // A throw-away cluster: nothing in it must survive a machine crash.
                Fsync = false,
                DeleteDataOnStop = true,
                StopWithOwnerProcess = true,
            },
            NullLogger.Instance,
            CancellationToken.None).ConfigureAwait(false);
        return new PostgresTestServer(server.ConnectionStringFor("postgres"), server);
    }

    private async Task<string> CreateTemplateAsync(string key, IReadOnlyList<MigrationSet> migrations)
    {
        var name = _namePrefix + "template_" + key;
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
        await ExecuteAdminAsync($"CREATE DATABASE {Quote(name)}", CancellationToken.None).ConfigureAwait(false);
        // Pooling off: a template must have no open connections when it is copied.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor(name)) { Pooling = false }.ConnectionString;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await PostgresMigrationRunner.ApplyAsync(dataSource, migrations, NullLogger.Instance, CancellationToken.None).ConfigureAwait(false);
        return name;
    }

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void DropOwnDatabases()
    {
        try
        {
            using var connection = new NpgsqlConnection(_adminConnectionString);
            connection.Open();
            var names = new List<string>();
            using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection))
            {
                list.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _namePrefix });
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }

            foreach (var name in names)
            {
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // The external server went away first; nothing left to clean.
        }
    }

    private static string TemplateKey(IReadOnlyList<MigrationSet> migrations)
    {
        var text = new StringBuilder();
        foreach (var set in migrations)
        {
            text.Append(set.Component).Append('|');
            foreach (var migration in set.Migrations)
            {
                text.Append(migration.Version).Append(':').Append(migration.Checksum).Append(';');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
