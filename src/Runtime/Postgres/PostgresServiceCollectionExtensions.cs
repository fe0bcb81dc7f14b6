using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Runtime.Postgres;

/// <summary>Registers the runtime's PostgreSQL: options, <see cref="PostgresDatabase"/>, migrations, readiness check.</summary>
public static class PostgresServiceCollectionExtensions
{
    /// <summary>The tag of readiness health checks (<c>/health/ready</c>).</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Registers PostgreSQL bound from configuration: <c>ConnectionStrings:DigitalPost</c> (empty:
    /// provision a private cluster) and the section <c>Postgres</c> (<see cref="PostgresOptions"/>).
    /// </summary>
    public static IServiceCollection AddPostgres(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PostgresOptions>()
            .Bind(configuration.GetSection(PostgresOptions.SectionName))
            .PostConfigure(options =>
            {
                if (configuration.GetConnectionString(PostgresOptions.ConnectionStringName) is { Length: > 0 } connectionString)
                {
                    options.ConnectionString = connectionString;
                }
            });
        return services.AddPostgres();
    }

    /// <summary>Registers PostgreSQL configured in code (on top of anything bound before).</summary>
    public static IServiceCollection AddPostgres(this IServiceCollection services, Action<PostgresOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(PostgresDatabase)))
        {
            return services;
        }

        services.AddOptions<PostgresOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PostgresDatabase>();
        services.AddHostedService<PostgresHostedService>();
        services.AddPostgresMigrations(RuntimeMigrations.Set);
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>(PostgresHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// Adds a component's migrations (e.g. the grains' tables): applied at start-up after those
    /// registered before it, each version once.
    /// </summary>
    public static IServiceCollection AddPostgresMigrations(this IServiceCollection services, MigrationSet migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        services.AddSingleton(migrations);
        return services;
    }
}
