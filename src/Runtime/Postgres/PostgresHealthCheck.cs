using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// Readiness of the storage: healthy only when the migrations are applied and a round trip to the
/// server succeeds within <see cref="PostgresOptions.HealthCheckTimeout"/>.
/// </summary>
public sealed class PostgresHealthCheck(PostgresDatabase database, IOptions<PostgresOptions> options) : IHealthCheck
{
    /// <summary>The name the check is registered under.</summary>
    public const string Name = "postgres";

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = database.Status;
        var data = new Dictionary<string, object>
        {
            ["target"] = status.Target,
            ["migrationsApplied"] = status.MigrationsApplied,
        };
        if (!database.IsReady)
        {
            return HealthCheckResult.Unhealthy($"Storage is not ready: {status.Error ?? "migrations not applied yet"}", data: data);
        }

        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.HealthCheckTimeout);
            var dataSource = await database.GetDataSourceAsync(timeout.Token).ConfigureAwait(false);
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Storage is reachable and migrations are applied.", data);
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or PostgresUnavailableException or ObjectDisposedException)
        {
            return HealthCheckResult.Unhealthy($"Storage is unreachable: {ex.Message}", ex, data);
        }
    }
}
