using DigitalPost.Grains.AccessLog;
using DigitalPost.Grains.Mailboxes;
using DigitalPost.Grains.Messages;
using DigitalPost.Grains.Receipts;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Grains;

/// <summary>Registers the Digital Post grains' services; the silo calls it after <c>AddGrainRuntime</c> and <c>AddPostgresGrainStorage</c>.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>The mailbox tables' migrations (component "mailbox").</summary>
    public static MigrationSet MailboxMigrations { get; } =
        MigrationSet.FromEmbeddedResources("mailbox", typeof(MailboxGrainBase).Assembly, "DigitalPost.Grains.Mailboxes.Migrations.");

    /// <summary>
    /// Adds the mailbox migrations, stores and options. An <see cref="Interfaces.Notifications.INotificationOutbox"/>
    /// must be registered by the notifications component (or the host); <see cref="IContactPointLimits"/>
    /// comes from the authority directory when <c>IAuthorityDirectory</c> is registered, else no contact point raises the 10 MB limit.
    /// </summary>
    public static IServiceCollection AddDigitalPostGrains(this IServiceCollection services, Action<MailboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MailboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddPostgresMigrations(MailboxMigrations);
        services.TryAddSingleton<MailboxDatabase>();
        services.TryAddSingleton<MessageStore>();
        services.TryAddSingleton<ReceiptStore>();
        services.TryAddSingleton<AccessLogStore>();
        services.TryAddSingleton<AccessGrantIndex>();
        services.TryAddSingleton<IContactPointLimits>(sp => sp.GetService<Interfaces.AuthorityDirectory.IAuthorityDirectory>() is { } directory
            ? new DirectoryContactPointLimits(directory)
            : new DefaultContactPointLimits());
        services.TryAddSingleton<MailboxServices>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Interfaces.Registry.IRegistryEventHandler, MailboxRegistryEventHandler>());
        services.TryAddSingleton<Seeding.IMailboxProfileSeeder>(sp => new MailboxProfileSeeder(
            sp.GetRequiredService<MailboxDatabase>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Runtime.GrainRuntimeOptions>>(),
            sp.GetService<Interfaces.AuthorityDirectory.IAuthorityDirectory>()));
        return services;
    }
}
