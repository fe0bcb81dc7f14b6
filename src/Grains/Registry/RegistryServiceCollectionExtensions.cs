using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Grains.Registry;

/// <summary>Registers the population registry.</summary>
public static class RegistryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the registry's migrations, <see cref="IPopulationRegistry"/>, the event dispatcher and
    /// the daily turned-15 scan (both as hosted services). Needs <c>AddPostgres</c>. Register
    /// <see cref="IRegistryEventHandler"/>s in DI to receive events.
    /// </summary>
    public static IServiceCollection AddPopulationRegistry(this IServiceCollection services, Action<RegistryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RegistryOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddPostgresMigrations(RegistryMigrations.Set);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.TryAddSingleton<RegistryEventDispatcher>();
        services.TryAddSingleton<TurnedFifteenScanner>();
        services.TryAddSingleton<IPopulationRegistry, PostgresPopulationRegistry>();
        services.AddHostedService<RegistryEventDispatcherService>();
        services.AddHostedService<TurnedFifteenScanService>();
        return services;
    }
}
