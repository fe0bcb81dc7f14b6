using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Placement;
using DigitalPost.Runtime.Reminders;
using DigitalPost.Runtime.Serialization;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Runtime.Hosting;

/// <summary>Registers the grain runtime in a service collection.</summary>
public static class GrainRuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the grain runtime: <see cref="IGrainFactory"/>, activation table, reminder service,
    /// <see cref="IStreamProvider"/>, <see cref="GrainCallSerializer"/> and a hosted service that
    /// starts reminders and deactivates every grain on stop. Defaults registered with TryAdd, so a
    /// registration made before or after this call (e.g. <c>AddPostgresGrainStorage()</c> with
    /// <c>AddSingleton</c>/<c>Replace</c>) wins: <see cref="TimeProvider.System"/>,
    /// <see cref="InMemoryGrainStorage"/>, <see cref="InMemoryReminderTable"/>,
    /// <see cref="SingleSiloPartitionDirectory"/>, <see cref="InMemoryStreamProvider"/>.
    /// </summary>
    public static IServiceCollection AddGrainRuntime(this IServiceCollection services, Action<GrainRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GrainRuntimeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainStorage, InMemoryGrainStorage>();
        services.TryAddSingleton<IReminderTable, InMemoryReminderTable>();
        services.TryAddSingleton<IPartitionDirectory, SingleSiloPartitionDirectory>();
        services.TryAddSingleton<IStreamProvider, InMemoryStreamProvider>();
        services.TryAddSingleton<GrainRuntime>();
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton(sp => new GrainCallSerializer(sp.GetRequiredService<GrainRuntime>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, GrainRuntimeHostedService>());
        return services;
    }
}
