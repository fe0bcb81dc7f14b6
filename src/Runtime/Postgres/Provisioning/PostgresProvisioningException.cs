namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>A private cluster could not be set up, started or stopped; the message says why and what to do.</summary>
public sealed class PostgresProvisioningException : Exception
{
    public PostgresProvisioningException(string message)
        : base(message)
    {
    }

    public PostgresProvisioningException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
