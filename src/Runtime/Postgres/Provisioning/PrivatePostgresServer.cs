using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DigitalPost.Runtime.Postgres.Provisioning;

/// <summary>
/// A private PostgreSQL cluster provisioned from the machine's binaries: initialised on first use,
/// started on a free loopback port, stopped on <see cref="StopAsync"/> / dispose / process exit,
/// and (by default) by a watchdog if this process is killed. One process owns a data folder at a
/// time (a lock file held open); a server left running by an owner that died is stopped and
/// started afresh, a stale <c>postmaster.pid</c> is removed.
/// </summary>
public sealed class PrivatePostgresServer : IAsyncDisposable
{
    /// <summary>The superuser the cluster is initialised with.</summary>
    public const string Superuser = "postgres";

    private readonly PrivatePostgresServerOptions _options;
    private readonly ILogger _logger;
    private readonly FileStream _lock;
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private readonly string _password;
    private readonly Process? _watchdog;
    private bool _stopped;

    private PrivatePostgresServer(PrivatePostgresServerOptions options, PostgresBinaries binaries, string dataDirectory, FileStream ownerLock, string password, int port, string version, TimeSpan startupTime, bool initialised, Process? watchdog, ILogger logger)
    {
        _watchdog = watchdog;
        _options = options;
        _logger = logger;
        _lock = ownerLock;
        _password = password;
        Binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
        Version = version;
        StartupTime = startupTime;
        Initialised = initialised;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The programs the cluster runs from.</summary>
    public PostgresBinaries Binaries { get; }

    /// <summary>The cluster's own folder (data, log, password, lock).</summary>
    public string DataDirectory { get; }

    /// <summary>The PostgreSQL data folder inside <see cref="DataDirectory"/>.</summary>
    public string ClusterDirectory => ClusterDirectoryOf(DataDirectory);

    /// <summary>The server log.</summary>
    public string LogFile => Path.Combine(DataDirectory, "postgres.log");

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The server's major version (<c>PG_VERSION</c>).</summary>
    public string Version { get; }

    /// <summary>How long provisioning took, initdb included.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>True when this start ran initdb (the data folder was empty).</summary>
    public bool Initialised { get; }

    /// <summary>True once the server was stopped.</summary>
    public bool IsStopped => Volatile.Read(ref _stopped);

    /// <summary>A superuser connection string to <paramref name="database"/>.</summary>
    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = Port,
        Username = Superuser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>The PostgreSQL data folder inside a private cluster's folder.</summary>
    public static string ClusterDirectoryOf(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), "pgdata");

    /// <summary>Provisions (if needed) and starts a private cluster.</summary>
    /// <exception cref="PostgresNotInstalledException">No PostgreSQL binaries were found.</exception>
    /// <exception cref="PostgresProvisioningException">The cluster could not be set up or started; the message says why.</exception>
    public static async Task<PrivatePostgresServer> StartAsync(PrivatePostgresServerOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var clock = Stopwatch.StartNew();
        var binaries = PostgresBinaries.Locate(options.BinDirectory);
        var root = Path.GetFullPath(options.DataDirectory);
        var timeout = options.StartTimeout;
        await PrepareDataDirectoryAsync(root, timeout, cancellationToken).ConfigureAwait(false);

        var ownerLock = AcquireOwnership(root);
        try
        {
            // A watchdog of an owner that died must not stop the server we are about to start.
            await PostgresWatchdog.StopRecordedAsync(WatchdogPidFile(root), timeout, cancellationToken).ConfigureAwait(false);

            var cluster = ClusterDirectoryOf(root);
            var initialised = false;
            if (!File.Exists(Path.Combine(cluster, "PG_VERSION")))
            {
                await InitDbAsync(binaries, root, cluster, options, logger, cancellationToken).ConfigureAwait(false);
                initialised = true;
            }

            if (!File.Exists(PasswordFile(root)))
            {
                throw new PostgresProvisioningException($"'{cluster}' holds a PostgreSQL cluster but '{PasswordFile(root)}', its superuser password, is missing. Restore it, or empty the folder to start over.");
            }

            var password = (await File.ReadAllTextAsync(PasswordFile(root), cancellationToken).ConfigureAwait(false)).Trim();
            var version = (await File.ReadAllTextAsync(Path.Combine(cluster, "PG_VERSION"), cancellationToken).ConfigureAwait(false)).Trim();
            await RecoverLeftoverAsync(binaries, cluster, timeout, logger, cancellationToken).ConfigureAwait(false);
            await WriteSettingsAsync(cluster, options, cancellationToken).ConfigureAwait(false);
            var port = await StartServerAsync(binaries, root, cluster, options, cancellationToken).ConfigureAwait(false);

            Process? watchdog = null;
            try
            {
                watchdog = options.StopWithOwnerProcess
                    ? PostgresWatchdog.Start(WatchdogPidFile(root), Path.Combine(root, "watchdog.log"), StopCommand(binaries, cluster, timeout), options.DeleteDataOnStop ? root : null)
                    : null;
            }
            catch
            {
                // Without its watchdog the server could outlive us: do not leave it running.
                await StopQuietlyAsync(binaries, cluster, timeout).ConfigureAwait(false);
                throw;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                await StopQuietlyAsync(binaries, cluster, timeout).ConfigureAwait(false);
                if (watchdog is not null)
                {
                    await PostgresWatchdog.StopAsync(watchdog, timeout, CancellationToken.None).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }

            clock.Stop();
            PostgresLog.PrivateServerStarted(logger, version, root, port, initialised, clock.ElapsedMilliseconds);
            return new PrivatePostgresServer(options, binaries, root, ownerLock, password, port, version, clock.Elapsed, initialised, watchdog, logger);
        }
        catch
        {
            await ownerLock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates <paramref name="database"/> unless it exists.</summary>
    public async Task EnsureDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        // Unpooled: a one-off maintenance connection should not linger in a pool.
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = database });
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created concurrently: what we wanted.
        }
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>) and releases the data folder.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await _stopGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_stopped)
            {
                return;
            }

            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            var timeout = _options.StartTimeout;
            var (program, arguments) = StopCommand(Binaries, ClusterDirectory, timeout);
            var result = await ServerUser.RunDirectAsync(program, arguments, timeout + TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _stopped, true);
            await _lock.DisposeAsync().ConfigureAwait(false);
            if (result.ExitCode != 0)
            {
                throw new PostgresProvisioningException($"pg_ctl stop failed for {ClusterDirectory} (exit {result.ExitCode}): {result.Output}");
            }

            PostgresLog.PrivateServerStopped(_logger, DataDirectory);
            if (_options.DeleteDataOnStop)
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            else
            {
                File.Delete(WatchdogPidFile(DataDirectory));
            }

            // Last, so that if this process is killed half-way the watchdog still finishes the job.
            if (_watchdog is { } watchdog)
            {
                await PostgresWatchdog.StopAsync(watchdog, timeout, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _stopGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopGate.Dispose();
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        // Last resort when the owner never disposed the server (e.g. a test host exiting).
        try
        {
            StopAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is PostgresProvisioningException or IOException or ObjectDisposedException)
        {
            // Nothing sensible left to do at process exit; the watchdog is gone too, so say so.
            Console.Error.WriteLine($"Stopping the private PostgreSQL in {DataDirectory} at exit failed: {ex.Message}");
        }
    }

    private static async Task PrepareDataDirectoryAsync(string root, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            var existed = Directory.Exists(root);
            Directory.CreateDirectory(root);
            if (!existed || ServerUser.IsRoot)
            {
                await ServerUser.GiveToServerUserAsync(root, timeout, cancellationToken).ConfigureAwait(false);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PostgresProvisioningException($"The PostgreSQL data folder '{root}' cannot be created or used: {ex.Message}. Choose another one with Postgres:DataDirectory.", ex);
        }

        if (!await ServerUser.CanUseDirectoryAsync(root, timeout, cancellationToken).ConfigureAwait(false))
        {
            throw new PostgresProvisioningException(
                $"The PostgreSQL data folder '{root}' cannot be used: this process runs as root, so PostgreSQL runs as the " +
                $"'{ServerUser.PostgresUser}' user, and that user cannot reach the folder because a parent folder is closed to it " +
                "(for example /root is mode 700). Choose a data folder outside such folders with Postgres:DataDirectory " +
                "(for example /var/lib/digitalpost/postgres).");
        }
    }

    private static FileStream AcquireOwnership(string root)
    {
        var path = Path.Combine(root, "digitalpost.lock");
        // The lock file itself cannot be read by anyone else while held, so the owner's id goes next to it.
        var ownerPath = Path.Combine(root, "digitalpost.owner");
        try
        {
            // FileShare.None takes an advisory lock the kernel drops when this process dies, however it dies.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.WriteAllText(ownerPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            return stream;
        }
        catch (IOException ex)
        {
            var owner = File.Exists(ownerPath) ? File.ReadAllText(ownerPath).Trim() : "?";
            throw new PostgresProvisioningException($"The PostgreSQL data folder '{root}' is in use by another running process (pid {owner}). Stop it or choose another Postgres:DataDirectory.", ex);
        }
    }

    private static async Task InitDbAsync(PostgresBinaries binaries, string root, string cluster, PrivatePostgresServerOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        if (Directory.Exists(cluster) && Directory.EnumerateFileSystemEntries(cluster).Any())
        {
            throw new PostgresProvisioningException($"'{cluster}' is not empty but holds no PostgreSQL cluster (no PG_VERSION). Empty it or choose another Postgres:DataDirectory.");
        }

        PostgresLog.InitialisingCluster(logger, cluster, binaries.BinDirectory);
        var passwordFile = PasswordFile(root);
        await File.WriteAllTextAsync(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(24)), cancellationToken).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await ServerUser.GiveToServerUserAsync(passwordFile, options.StartTimeout, cancellationToken).ConfigureAwait(false);
        List<string> arguments =
        [
            "-D", cluster, "-U", Superuser, "--pwfile=" + passwordFile, "--auth=scram-sha-256",
            "--encoding=UTF8", "--locale=C", "--no-instructions",
        ];
        if (!options.Fsync)
        {
            arguments.Add("--no-sync");
        }

        // Not cancellable: an initdb killed half-way leaves a folder that is neither empty nor a cluster.
        var result = await ServerUser.RunAsync(binaries.InitDb, arguments, options.StartTimeout, CancellationToken.None).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PostgresProvisioningException($"initdb failed for '{cluster}' (exit {result.ExitCode}):\n{result.Output}");
        }

        // Our settings live in a file of their own that every start rewrites.
        await File.AppendAllTextAsync(Path.Combine(cluster, "postgresql.conf"), "\ninclude_if_exists = 'digitalpost.conf'\n", cancellationToken).ConfigureAwait(false);
    }

    private static async Task RecoverLeftoverAsync(PostgresBinaries binaries, string cluster, TimeSpan timeout, ILogger logger, CancellationToken cancellationToken)
    {
        if (PostmasterPidFile.TryRead(cluster) is not { } pidFile)
        {
            return;
        }

        if (!pidFile.IsServerOf(cluster))
        {
            PostgresLog.RemovingStalePidFile(logger, pidFile.Path, pidFile.ProcessId);
            File.Delete(pidFile.Path);
            return;
        }

        // We hold the owner lock, so the running server belongs to an owner that died: its settings
        // and port are unknown, so stop it and start afresh rather than guess.
        PostgresLog.StoppingLeftoverServer(logger, pidFile.ProcessId, cluster);
        var (program, arguments) = StopCommand(binaries, cluster, timeout);
        var result = await ServerUser.RunDirectAsync(program, arguments, timeout + TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new PostgresProvisioningException($"A PostgreSQL server (pid {pidFile.ProcessId}) left running in '{cluster}' by an earlier run could not be stopped:\n{result.Output}");
        }
    }

    /// <summary>
    /// The default <c>shared_buffers</c>: a quarter of the memory this machine (or container) gives the process,
    /// PostgreSQL's usual advice for a dedicated server, between PostgreSQL's own default (128MB) and 2GB. The cap
    /// keeps the silo and its private cluster together within the 4 GB a national send may use (the silo peaks near
    /// 0.5 GB at 5,000,000 recipients); 4GB measured no faster than 2GB (docs/postgres.md).
    /// </summary>
    internal static string SharedBuffersFor(long availableMemoryBytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(availableMemoryBytes / 4 / (1024 * 1024), 128, 2048)}MB");

    private static async Task WriteSettingsAsync(string cluster, PrivatePostgresServerOptions options, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["listen_addresses"] = "127.0.0.1",
            // TCP on loopback only: the default socket folder (/var/run/postgresql) is not ours to use.
            ["unix_socket_directories"] = string.Empty,
            // Durability: nothing is acknowledged before it is committed (DESIGN.md), whatever fsync says.
            ["synchronous_commit"] = "on",
            ["fsync"] = options.Fsync ? "on" : "off",
            ["full_page_writes"] = options.Fsync ? "on" : "off",
            // No replicas of a private cluster: skip the extra WAL, checkpoint less often.
            ["wal_level"] = "minimal",
            ["max_wal_senders"] = "0",
            // A mass send writes gigabytes of WAL (~6 GB for 5,000,000 recipients): every checkpoint inside it is followed by
            // a full-page image of each index page it touches next. 16GB (a checkpoint every ~8 GB of WAL) keeps a whole
            // national send between two checkpoints: 4GB -> 16GB measured 45.0 -> 38.5 us of PostgreSQL CPU and 1,346 ->
            // 1,186 B of WAL per recipient at 5,000,000. The price: a crash replays up to ~8 GB of WAL, and pg_wal may
            // hold up to 16 GB (docs/postgres.md).
            ["max_wal_size"] = "16GB",
            ["checkpoint_timeout"] = "30min",
            // The default 128MB holds only part of the mailbox indexes a mass send updates at random keys; 1GB measured
            // 36,744 -> 49,127 deliveries/s on a 1,000,000 send (docs/mass-send.md "Figures"); at 5,000,000 (session 5,
            // same build, one after the other) 1GB 59.3 s, 2GB 57.0 s, 4GB 56.5 s. Memory is touched lazily.
            ["shared_buffers"] = SharedBuffersFor(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes),
            // An interactive commit flushes all WAL written before it, including a mass send's batches (which commit
            // rarely): flushing in the background every 10 ms leaves it at most ~10 ms of their WAL to wait for.
            // Durability is unchanged (every commit still waits for its own flush); measured in docs/decisions.md,
            // "Opening a message while a mass send runs": inbox p99 during a 300,000 send 1.8-7x lower, send speed the same.
            // A mass send dirties shared buffers faster than the background writer's defaults clean them (at most 100
            // pages per 200 ms, ~4 MB/s); once the pool is full of dirty pages, any backend that needs a buffer, an
            // inbox read included, first writes one out (and flushes WAL up to it). Session 5, quiet machine, inbox
            // storm during a 1,000,000 send with 2GB of buffers: one run stalled for seconds (p99 1,582 ms, 82.7 % of
            // the buffers dirty at shutdown); with these settings p99 22.6 ms; the 5,000,000 send 65.5 vs 62.8 s
            // (within the machine's noise). docs/postgres.md.
            ["bgwriter_delay"] = "10ms",
            ["bgwriter_lru_maxpages"] = "1000",
            ["bgwriter_lru_multiplier"] = "4",
            ["wal_writer_delay"] = "10ms",
            ["wal_writer_flush_after"] = "0",
            // Short OLTP statements: JIT compilation only adds latency.
            ["jit"] = "off",
            ["max_connections"] = "200",
        };
        foreach (var (name, value) in options.Settings)
        {
            settings[name] = value;
        }

        var text = new StringBuilder("# Written by DigitalPost at every start; set Postgres:Settings to change it.\n");
        foreach (var (name, value) in settings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name} = '{value.Replace("'", "''", StringComparison.Ordinal)}'\n");
        }

        var path = Path.Combine(cluster, "digitalpost.conf");
        await File.WriteAllTextAsync(path, text.ToString(), cancellationToken).ConfigureAwait(false);
        await ServerUser.GiveToServerUserAsync(path, options.StartTimeout, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> StartServerAsync(PostgresBinaries binaries, string root, string cluster, PrivatePostgresServerOptions options, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        var log = Path.Combine(root, "postgres.log");
        for (var attempt = 1; ; attempt++)
        {
            // A port picked free can be taken before postgres binds it; then pick another.
            var port = options.Port != 0 ? options.Port : FreeLoopbackPort();
            var logLength = File.Exists(log) ? new FileInfo(log).Length : 0;
            var seconds = ((int)Math.Ceiling(options.StartTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            // Not cancellable: killing pg_ctl half-way could leave a server running that nobody knows
            // of. It is bounded by its own timeout, and a cancelled start stops the server right after.
            var result = await ServerUser.RunAsync(
                binaries.PgCtl,
                ["-D", cluster, "-l", log, "-w", "-t", seconds, "-o", "-p " + port.ToString(CultureInfo.InvariantCulture), "start"],
                options.StartTimeout + TimeSpan.FromSeconds(5),
                CancellationToken.None).ConfigureAwait(false);
            if (result.ExitCode == 0)
            {
                return port;
            }

            var serverLog = ReadFrom(log, logLength);
            if (options.Port == 0 && attempt < attempts && serverLog.Contains("could not bind", StringComparison.Ordinal))
            {
                continue;
            }

            throw new PostgresProvisioningException($"PostgreSQL in '{cluster}' did not start on port {port} (pg_ctl exit {result.ExitCode}):\n{result.Output}\nServer log ({log}):\n{serverLog}");
        }
    }

    private static async Task StopQuietlyAsync(PostgresBinaries binaries, string cluster, TimeSpan timeout)
    {
        var (program, arguments) = StopCommand(binaries, cluster, timeout);
        await ServerUser.RunDirectAsync(program, arguments, timeout + TimeSpan.FromSeconds(5), CancellationToken.None).ConfigureAwait(false);
    }

    private static (string Program, IReadOnlyList<string> Arguments) StopCommand(PostgresBinaries binaries, string cluster, TimeSpan timeout) =>
        ServerUser.Command(binaries.PgCtl, ["-D", cluster, "-m", "fast", "-w", "-t", ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture), "stop"]);

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadFrom(string path, long offset)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().TrimEnd();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"(unreadable: {ex.Message})";
        }
    }

    private static string PasswordFile(string root) => Path.Combine(root, "superuser.password");

    private static string WatchdogPidFile(string root) => Path.Combine(root, "watchdog.pid");

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
