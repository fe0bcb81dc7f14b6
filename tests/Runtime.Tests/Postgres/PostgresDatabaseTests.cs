using System.Net;
using System.Net.Sockets;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigitalPost.Runtime.Tests.Postgres;

public sealed class PostgresDatabaseTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task A_reachable_server_with_migrations_applied_is_ready_and_healthy()
    {
        await using var database = await fixture.StartPostgresDatabaseAsync();
        var options = new PostgresOptions();
        fixture.Configure(options);

        var health = await new PostgresHealthCheck(database, Options.Create(options)).CheckHealthAsync(new HealthCheckContext());

        Assert.True(database.IsReady);
        Assert.True(database.Status.MigrationsApplied);
        Assert.Null(database.Status.Error);
        Assert.Equal(HealthStatus.Healthy, health.Status);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_not_ready_and_storage_use_is_refused()
    {
        var options = new PostgresOptions
        {
            ConnectionString = $"Host=127.0.0.1;Port={ClosedPort()};Username=nobody;Password=secret;Database=nothing;Timeout=5",
            RetryDelay = TimeSpan.FromHours(1),
        };
        await using var database = new PostgresDatabase(Options.Create(options), [RuntimeMigrations.Set], NullLoggerFactory.Instance, TimeProvider.System);

        await database.StartAsync(CancellationToken.None);
        var health = await new PostgresHealthCheck(database, Options.Create(options)).CheckHealthAsync(new HealthCheckContext());

        Assert.False(database.IsReady);
        Assert.NotNull(database.Status.Error);
        Assert.DoesNotContain("secret", database.Status.Target, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        await Assert.ThrowsAsync<PostgresUnavailableException>(() => database.GetDataSourceAsync(CancellationToken.None).AsTask());
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
