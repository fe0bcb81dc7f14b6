namespace DigitalPost.Runtime.Postgres;

/// <summary>The runtime's own tables: grain state and reminders.</summary>
public static class RuntimeMigrations
{
    /// <summary>The component name of the runtime's migrations.</summary>
    public const string Component = "runtime";

    /// <summary>The runtime's migration set, embedded from <c>Postgres/Migrations/*.sql</c>.</summary>
    public static MigrationSet Set { get; } =
        MigrationSet.FromEmbeddedResources(Component, typeof(RuntimeMigrations).Assembly, "DigitalPost.Runtime.Postgres.Migrations.");
}
