using DigitalPost.Grains.Interfaces.Notifications;
using DigitalPost.Grains.NemSms;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Grains.Tests.Notifications.Hosting;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class NotificationsServiceCollectionExtensionsTests(NotificationsDatabaseFixture db) : IClassFixture<NotificationsDatabaseFixture>
{
    [Fact]
    public void The_component_registers_its_migrations_outbox_dispatcher_and_NemSMS_services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Postgres:DataDirectory"] = "/srv/digitalpost/postgres",
            ["Notifications:NotificationsPerSecond"] = "20",
            ["Notifications:Templates:da:NewPost:Subject"] = "Ny post",
            ["Notifications:Templates:da:NewPost:Text"] = "Der er kommet ny post til dig.",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(DataSourceProvider.FromDataSource(db.DataSource));

        services.AddDigitalPostNotifications(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<NotificationsOptions>>().Value;
        Assert.Equal("/srv/digitalpost/notifications.jsonl", options.DevelopmentFilePath);
        Assert.Equal(20, options.NotificationsPerSecond);
        Assert.Equal(new NotificationTemplate("Ny post", "Der er kommet ny post til dig."), options.Templates["da"][NotificationKind.NewPost]);
        Assert.Equal(NotificationTemplate.Defaults["da"][NotificationKind.NewLegalNotification], options.Templates["da"][NotificationKind.NewLegalNotification]);
        Assert.IsType<PostgresNotificationOutbox>(provider.GetRequiredService<INotificationOutbox>());
        Assert.IsType<DevelopmentSmsDispatcher>(provider.GetRequiredService<ISmsDispatcher>());
        Assert.IsType<NemSmsSender>(provider.GetRequiredService<INemSmsSender>());
        Assert.IsType<PostgresMobileNumberIndex>(provider.GetRequiredService<IMobileNumberIndex>());
        Assert.Contains(provider.GetServices<MigrationSet>(), m => m.Component == "notifications");
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NotificationDispatcherService));
    }

    [Fact]
    public void A_real_provider_registered_first_replaces_the_development_dispatcher_and_the_dispatcher_can_be_turned_off()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:DispatcherEnabled"] = "false",
            ["Notifications:DevelopmentFilePath"] = "/tmp/x.jsonl",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        var real = new ScriptedDispatcher();
        services.AddSingleton<ISmsDispatcher>(real);

        services.AddDigitalPostNotifications(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Same(real, provider.GetRequiredService<ISmsDispatcher>());
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(NotificationDispatcherService));
        Assert.Equal("/tmp/x.jsonl", provider.GetRequiredService<IOptions<NotificationsOptions>>().Value.DevelopmentFilePath);
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused_at_start_with_the_setting_named()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NotificationsOptions { LeaseDuration = TimeSpan.FromSeconds(10), SendTimeout = TimeSpan.FromSeconds(30) }.Validate());
        Assert.Contains("Notifications:LeaseDuration", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ArgumentOutOfRangeException>(() => new NotificationsOptions { Language = "fr" }.Validate());
        Assert.Contains("Notifications:Language 'fr' has no templates", error.Message, StringComparison.Ordinal);
    }
}
