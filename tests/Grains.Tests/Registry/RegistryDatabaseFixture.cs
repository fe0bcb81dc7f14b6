using DigitalPost.Grains.AuthorityDirectory;
using DigitalPost.Grains.Registry;
using DigitalPost.Runtime.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Grains.Tests.Registry;

/// <summary>A fresh database with the registry's and the directory's tables.</summary>
public sealed class RegistryDatabaseFixture : PostgresDatabaseFixture
{
    public override IReadOnlyList<MigrationSet> MigrationSets => [RuntimeMigrations.Set, RegistryMigrations.Set, DirectoryMigrations.Set];
}
