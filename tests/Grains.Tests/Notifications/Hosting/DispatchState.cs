namespace DigitalPost.Grains.Tests.Notifications.Hosting;

/// <summary>A <c>notification_dispatch</c> row as a test reads it.</summary>
public sealed record DispatchState(string Channel, string Address, string State, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, string? Subject, string Body);
