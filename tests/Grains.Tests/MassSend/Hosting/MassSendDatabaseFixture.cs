using DigitalPost.Grains.MassSend.Migrations;
using DigitalPost.Grains.Notifications;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Grains.Tests.MassSend.Hosting;

/// <summary>A fresh database with the runtime's, the mailbox, notification, registry and mass-send tables.</summary>
public sealed class MassSendDatabaseFixture : PostgresDatabaseFixture
{
    public override IReadOnlyList<MigrationSet> MigrationSets =>
        [RuntimeMigrations.Set, GrainsServiceCollectionExtensions.MailboxMigrations, NotificationsMigrations.Set, RegistryMigrations.Set, MassSendMigrations.Set];
}
