namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>No PostgreSQL binaries were found to provision a private cluster from.</summary>
public sealed class PostgresNotInstalledException : Exception
{
    public PostgresNotInstalledException(string searched)
        : base("No PostgreSQL server binaries (initdb, pg_ctl, postgres) were found in " + searched + ". " +
               "Install PostgreSQL (Debian/Ubuntu: apt-get install -y postgresql) or set the connection string " +
               "of an existing server (configuration key ConnectionStrings:DigitalPost, environment variable ConnectionStrings__DigitalPost).")
    {
        Searched = searched;
    }

    /// <summary>The places that were searched.</summary>
    public string Searched { get; }
}
