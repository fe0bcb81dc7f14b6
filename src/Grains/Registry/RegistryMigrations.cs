using DigitalPost.Runtime.Postgres;

namespace DigitalPost.Grains.Registry;

/// <summary>The population registry's tables (component "registry").</summary>
public static class RegistryMigrations
{
    /// <summary>The component name recorded in <c>schema_migrations</c>.</summary>
    public const string Component = "registry";

    /// <summary>The migrations embedded from <c>Registry/Migrations/*.sql</c>.</summary>
    public static MigrationSet Set { get; } =
        MigrationSet.FromEmbeddedResources(Component, typeof(RegistryMigrations).Assembly, "DigitalPost.Grains.Registry.Migrations.");
}
