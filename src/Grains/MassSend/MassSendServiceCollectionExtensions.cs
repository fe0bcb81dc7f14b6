using DigitalPost.Grains.Interfaces.MassSend;
using DigitalPost.Grains.MassSend.Migrations;
using DigitalPost.Grains.MassSend.Retention;
using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.MassSend;

/// <summary>Registers mass sends.</summary>
public static class MassSendServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IMassSendService"/>, the delivery workers and the notification drain (hosted
    /// services), the workers' own connections and governor (<c>Scheduling</c>), the migrations (component "mass-send") and the runtime probes that find live
    /// mailboxes. Needs, registered before: the grain runtime, PostgreSQL, the population registry,
    /// <c>AddDigitalPostGrains</c> and a notification outbox. Options: section <c>MassSend</c>.
    /// Also the retention sweep of finished jobs' recipient lists (<c>Retention</c>, section <c>MassSend:Retention</c>).
    /// </summary>
    public static IServiceCollection AddMassSend(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MassSendOptions>().Bind(configuration.GetSection(MassSendOptions.SectionName));
        services.AddOptions<MassSendRetentionOptions>().Bind(configuration.GetSection(MassSendRetentionOptions.SectionName));
        services.AddPostgresMigrations(MassSendMigrations.Set);
        services.AddGrainActivationProbe();
        services.AddStreamSubscriberProbe();
        services.TryAddSingleton<MassSendSignal>();
        services.TryAddSingleton<MassSendMetrics>();
        services.TryAddSingleton<MassSendLiveEvents>();
        services.TryAddSingleton<MassSendContext>();
        services.TryAddSingleton<IBackendPriority, LinuxBackendPriority>();
        services.TryAddSingleton<IInteractiveLatencySource, MeterLatencySource>();
        services.TryAddSingleton<MassSendGovernor>();
        services.TryAddSingleton<MassSendConnections>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MassSendOptions>>().Value;
            return new LowPriorityScheduler(Math.Min(options.EffectiveParallelism, Environment.ProcessorCount), options.WorkerThreadNice);
        });
        services.TryAddSingleton<MassSendProcessor>();
        services.TryAddSingleton<MassSendNotificationDrain>();
        services.TryAddSingleton<MassSendService>();
        services.TryAddSingleton<IMassSendService>(sp => sp.GetRequiredService<MassSendService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MassSendWorkerService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MassSendNotificationDrainService>());
        services.TryAddSingleton<MassSendRetentionConnections>();
        services.TryAddSingleton<MassSendRetention>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MassSendRetentionService>());
        return services;
    }
}
