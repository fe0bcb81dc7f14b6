namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>How to provision and run a private PostgreSQL cluster.</summary>
public sealed record PrivatePostgresServerOptions
{
    /// <summary>
    /// The folder the cluster lives in: <c>pgdata/</c> (the cluster), <c>postgres.log</c>, the
    /// generated superuser password and a lock file that marks the owning process.
    /// </summary>
    public required string DataDirectory { get; init; }

    /// <summary>Folder with <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>; null searches the usual places.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>False only for throw-away clusters (tests): no fsync, no full-page writes.</summary>
    public bool Fsync { get; init; } = true;

    /// <summary>Bound on initdb, start and stop.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Start a watchdog that stops the cluster when the owning process dies.</summary>
    public bool StopWithOwnerProcess { get; init; } = true;

    /// <summary>Delete <see cref="DataDirectory"/> after a stop (throw-away clusters).</summary>
    public bool DeleteDataOnStop { get; init; }

    /// <summary>Extra <c>postgresql.conf</c> settings; they override the defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The default data folder of a long-lived (silo) cluster: <c>/var/lib/digitalpost/postgres</c>
    /// when running as root (the server runs as the <c>postgres</c> user, who cannot enter
    /// <c>/root</c>), otherwise <c>$XDG_DATA_HOME/digitalpost/postgres</c> (usually
    /// <c>~/.local/share/digitalpost/postgres</c>).
    /// </summary>
    public static string DefaultDataDirectory =>
        Environment.IsPrivilegedProcess
            ? "/var/lib/digitalpost/postgres"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "digitalpost", "postgres");
}
