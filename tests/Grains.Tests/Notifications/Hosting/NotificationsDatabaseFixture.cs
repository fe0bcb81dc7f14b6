using DigitalPost.Grains.Notifications;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>A fresh database with the runtime's and the notifications tables.</summary>
public sealed class NotificationsDatabaseFixture : PostgresDatabaseFixture
{
    public override IReadOnlyList<MigrationSet> MigrationSets => [RuntimeMigrations.Set, NotificationsMigrations.Set];
}
