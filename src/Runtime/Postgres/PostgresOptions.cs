namespace DigitalPost.Runtime.Postgres;

/// <summary>
/// Where the runtime's PostgreSQL lives. Bound from the configuration section <c>Postgres</c>;
/// the connection string comes from <c>ConnectionStrings:DigitalPost</c>. When no connection string
/// is set, a private cluster is provisioned from the PostgreSQL binaries installed on the machine.
/// </summary>
public sealed class PostgresOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Postgres";

    /// <summary>The name under <c>ConnectionStrings</c> that holds an external server's connection string.</summary>
    public const string ConnectionStringName = "DigitalPost";

    /// <summary>An external server's connection string, used as is. Null or empty: provision a private cluster.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database the private cluster creates and connects to.</summary>
    public string Database { get; set; } = "digitalpost";

    /// <summary>The folder holding the private cluster (data, log, password). Null: <see cref="Provisioning.PrivatePostgresServerOptions.DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The folder with <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>. Null: the highest version under <c>/usr/lib/postgresql/*/bin</c>, then PATH.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The private cluster's loopback port; 0 picks a free one at every start.</summary>
    public int Port { get; set; }

    /// <summary>
    /// Whether the private cluster flushes to disk. Only throw-away test clusters turn this off;
    /// <c>synchronous_commit</c> stays on either way.
    /// </summary>
    public bool Fsync { get; set; } = true;

    /// <summary>How long initdb, start-up and shut-down of the private cluster may take.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Stop the private cluster when this process dies, even by SIGKILL (a small watchdog process).</summary>
    public bool StopWithOwnerProcess { get; set; } = true;

    /// <summary>Extra <c>postgresql.conf</c> settings for the private cluster; they override the defaults.</summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long to wait between attempts to reach an unreachable server or apply migrations.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long the readiness probe's round trip to the server may take.</summary>
    public TimeSpan HealthCheckTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
