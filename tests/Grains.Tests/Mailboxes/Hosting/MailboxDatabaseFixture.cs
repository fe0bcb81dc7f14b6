using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Grains.Tests.Mailboxes.Hosting;

/// <summary>A fresh database with the runtime's and the mailbox tables.</summary>
public sealed class MailboxDatabaseFixture : PostgresDatabaseFixture
{
    public override IReadOnlyList<MigrationSet> MigrationSets => [RuntimeMigrations.Set, GrainsServiceCollectionExtensions.MailboxMigrations];
}
