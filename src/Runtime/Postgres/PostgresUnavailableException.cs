namespace DigitalPost.Runtime.Postgres;

/// <summary>Storage was used while PostgreSQL is unreachable or its migrations are not applied.</summary>
public sealed class PostgresUnavailableException : Exception
{
    public PostgresUnavailableException(string message)
        : base(message)
    {
    }

    public PostgresUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
