using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Runtime.Storage.Postgres;

/// <summary>Puts grain state and reminders in PostgreSQL instead of the in-memory defaults.</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers PostgreSQL from configuration (<see cref="PostgresServiceCollectionExtensions.AddPostgres(IServiceCollection, IConfiguration)"/>)
    /// and replaces any registered <see cref="IGrainStorage"/> and <see cref="IReminderTable"/>
    /// (call it after <c>AddGrainRuntime</c>).
    /// </summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPostgres(configuration);
        return services.ReplaceStorage();
    }

    /// <summary>As <see cref="AddPostgresGrainStorage(IServiceCollection, IConfiguration)"/>, configured in code.</summary>
    public static IServiceCollection AddPostgresGrainStorage(this IServiceCollection services, Action<PostgresOptions>? configure = null)
    {
        services.AddPostgres(configure);
        return services.ReplaceStorage();
    }

    private static IServiceCollection ReplaceStorage(this IServiceCollection services)
    {
        services.RemoveAll<IGrainStorage>();
        services.RemoveAll<IReminderTable>();
        services.AddSingleton<IGrainStorage, PostgresGrainStorage>();
        services.AddSingleton<IReminderTable, PostgresReminderTable>();
        return services;
    }
}
