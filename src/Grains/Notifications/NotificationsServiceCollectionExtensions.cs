using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Runtime.Postgres.Provisioning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Grains.Notifications;

/// <summary>Registers notifications (outbox, dispatcher, development providers) and NemSMS.</summary>
public static class NotificationsServiceCollectionExtensions
{
    /// <summary>The development file's name inside the silo's data folder.</summary>
    public const string DevelopmentFileName = "notifications.jsonl";

    /// <summary>
    /// Adds the notifications component: its migrations (component "notifications"), the PostgreSQL
    /// <see cref="INotificationOutbox"/> (replacing any other), the background dispatcher (unless
    /// <c>Notifications:DispatcherEnabled</c> is false), the development e-mail/SMS/push dispatchers
    /// (kept only where no real <see cref="IEmailDispatcher"/>, <see cref="ISmsDispatcher"/> or
    /// <see cref="IPushDispatcher"/> was registered first), <see cref="INemSmsSender"/>,
    /// <see cref="IMobileNumberIndex"/> and <see cref="IMobileNumberOwnership"/>. Options come from
    /// the <c>Notifications</c> section. Needs <c>AddPostgres</c> and the grain runtime.
    /// </summary>
    public static IServiceCollection AddDigitalPostNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NotificationsOptions>()
            .Bind(configuration.GetSection(NotificationsOptions.SectionName))
            .PostConfigure(o =>
            {
                o.DevelopmentFilePath ??= DefaultDevelopmentFilePath(configuration);
                o.Validate();
            });

        services.AddPostgresMigrations(NotificationsMigrations.Set);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => DataSourceProvider.FromDatabase(sp.GetRequiredService<PostgresDatabase>()));
        services.TryAddSingleton<NotificationMetrics>();
        services.TryAddSingleton<NotificationDispatchSignal>();
        services.TryAddSingleton<NotificationOutboxStore>();
        services.Replace(ServiceDescriptor.Singleton<INotificationOutbox, PostgresNotificationOutbox>());
        services.TryAddSingleton<DevelopmentNotificationFile>();
        services.TryAddSingleton<IEmailDispatcher, DevelopmentEmailDispatcher>();
        services.TryAddSingleton<ISmsDispatcher, DevelopmentSmsDispatcher>();
        services.TryAddSingleton<IPushDispatcher, DevelopmentPushDispatcher>();
        services.TryAddSingleton<IDelegateChannelResolver, GrainDelegateChannelResolver>();
        services.TryAddSingleton<NotificationDispatcher>();
        services.TryAddSingleton<IMobileNumberIndex, PostgresMobileNumberIndex>();
        services.TryAddSingleton<IMobileNumberHolders, GrainMobileNumberHolders>();
        services.TryAddSingleton<IMobileNumberOwnership, MobileNumberOwnershipService>();
        services.TryAddSingleton<INemSmsSender, NemSmsSender>();
        if (configuration.GetValue($"{NotificationsOptions.SectionName}:{nameof(NotificationsOptions.DispatcherEnabled)}", true))
        {
            services.AddHostedService<NotificationDispatcherService>();
        }

        return services;
    }

    /// <summary>
    /// <c>notifications.jsonl</c> in the silo's data folder: the folder that holds the private
    /// PostgreSQL cluster's folder (<c>Postgres:DataDirectory</c>, or its default), e.g.
    /// <c>/var/lib/digitalpost/notifications.jsonl</c> when running as root.
    /// </summary>
    public static string DefaultDevelopmentFilePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var postgres = configuration[$"{PostgresOptions.SectionName}:{nameof(PostgresOptions.DataDirectory)}"];
        var dataFolder = Path.GetDirectoryName(Path.GetFullPath(string.IsNullOrWhiteSpace(postgres) ? PrivatePostgresServerOptions.DefaultDataDirectory : postgres));
        return Path.Combine(dataFolder ?? Path.GetTempPath(), DevelopmentFileName);
    }
}
