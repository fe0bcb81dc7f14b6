using DigitalPost.Grains.Notifications;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>A fresh database with the runtime's, the mailbox and the notifications tables (the mobile number index lives in the latter).</summary>
public sealed class MailboxDatabaseFixture : PostgresDatabaseFixture
{
    public override IReadOnlyList<MigrationSet> MigrationSets => [RuntimeMigrations.Set, GrainsServiceCollectionExtensions.MailboxMigrations, NotificationsMigrations.Set];
}
