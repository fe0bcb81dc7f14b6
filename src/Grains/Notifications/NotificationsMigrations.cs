using DigitalPost.Runtime.Postgres;

namespace DigitalPost.Grains.Notifications;

/// <summary>The notification outbox's and the mobile number index's tables (component "notifications").</summary>
public static class NotificationsMigrations
{
    /// <summary>The component name recorded in <c>schema_migrations</c>.</summary>
    public const string Component = "notifications";

    /// <summary>The migrations embedded from <c>Notifications/Migrations/*.sql</c>.</summary>
    public static MigrationSet Set { get; } =
        MigrationSet.FromEmbeddedResources(Component, typeof(NotificationsMigrations).Assembly, "DigitalPost.Grains.Notifications.Migrations.");
}
