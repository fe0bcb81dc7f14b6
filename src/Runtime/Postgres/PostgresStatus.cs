namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// Where the database is and whether it is ready: reachable with every registered migration applied.
/// <see cref="Error"/> says what is wrong while it is not.
/// </summary>
public sealed record PostgresStatus(bool MigrationsApplied, string Target, string? Error);
