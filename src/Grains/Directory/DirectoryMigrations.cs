using DigitalPost.Runtime.Postgres;

namespace DigitalPost.Grains.AuthorityDirectory;

/// <summary>The authority directory's tables (component "directory").</summary>
public static class DirectoryMigrations
{
    /// <summary>The component name recorded in <c>schema_migrations</c>.</summary>
    public const string Component = "directory";

    /// <summary>The migrations embedded from <c>Directory/Migrations/*.sql</c>.</summary>
    public static MigrationSet Set { get; } =
        MigrationSet.FromEmbeddedResources(Component, typeof(DirectoryMigrations).Assembly, "DigitalPost.Grains.Directory.Migrations.");
}
