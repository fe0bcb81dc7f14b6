using DigitalPost.Runtime.Postgres;
using Npgsql;

namespace DigitalPost.Grains.Registry;

/// <summary>
/// Where the registry and the directory get their connections: the runtime's
/// <see cref="PostgresDatabase"/> in a silo (waits until migrations are applied), or a given data
/// source in tools and tests.
/// </summary>
public sealed class DataSourceProvider
{
    private readonly Func<CancellationToken, ValueTask<NpgsqlDataSource>> _get;

    private DataSourceProvider(Func<CancellationToken, ValueTask<NpgsqlDataSource>> get) => _get = get;

    /// <summary>Uses the runtime's database.</summary>
    public static DataSourceProvider FromDatabase(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return new DataSourceProvider(database.GetDataSourceAsync);
    }

    /// <summary>Uses <paramref name="dataSource"/> as is.</summary>
    public static DataSourceProvider FromDataSource(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return new DataSourceProvider(_ => ValueTask.FromResult(dataSource));
    }

    /// <summary>The data source, once the database is ready.</summary>
    public ValueTask<NpgsqlDataSource> GetAsync(CancellationToken cancellationToken) => _get(cancellationToken);
}
