using System.Diagnostics;
using System.Globalization;
using DigitalPost.Runtime.Postgres.Provisioning;
using DigitalPost.Silo.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace DigitalPost.Silo.Tests.Provisioning;

public sealed class PrivatePostgresServerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Provisioning_initialises_and_starts_a_private_cluster_running_as_the_postgres_user_when_root()
    {
        using var folder = new TempFolder("start");

        await using var server = await StartAsync(folder);
        output.WriteLine($"initdb + start took {server.StartupTime.TotalMilliseconds:F0} ms (fsync off, as {(Environment.IsPrivilegedProcess ? "root" : "a normal user")})");
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT current_user || ' ' || current_setting('synchronous_commit') || ' ' || current_setting('listen_addresses')", connection);

        Assert.True(server.Initialised);
        Assert.Equal("postgres on 127.0.0.1", await query.ExecuteScalarAsync());
        var postmaster = ServerProcesses.PostmasterOf(folder);
        var expectedUser = Environment.IsPrivilegedProcess ? PostgresUserId() : ServerProcesses.UserOf(Environment.ProcessId);
        Assert.Equal(expectedUser, ServerProcesses.UserOf(postmaster));
    }

    [Fact]
    public async Task A_restart_reuses_the_cluster_and_keeps_its_data()
    {
        using var folder = new TempFolder("reuse");
        await using (var first = await StartAsync(folder))
        {
            await ExecuteAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }

        await using var second = await StartAsync(folder);

        Assert.False(second.Initialised);
        Assert.Equal(42, await ScalarAsync<int>(second, "SELECT id FROM kept"));
    }

    [Fact]
    public async Task Nothing_is_left_running_after_dispose()
    {
        using var folder = new TempFolder("dispose");
        var server = await StartAsync(folder);
        var postmaster = ServerProcesses.PostmasterOf(folder);
        Assert.NotEmpty(ServerProcesses.PostgresOf(folder));
        Assert.NotEmpty(ServerProcesses.WatchdogsOf(folder));

        await server.DisposeAsync();

        Assert.True(server.IsStopped);
        Assert.Null(ProcessInspector.CommandLineOf(postmaster));
        Assert.Empty(ServerProcesses.PostgresOf(folder));
        Assert.Empty(ServerProcesses.WatchdogsOf(folder));
        Assert.False(File.Exists(Path.Combine(folder.ClusterDirectory, "postmaster.pid")));
    }

    [Fact]
    public async Task A_throw_away_cluster_deletes_its_folder_on_stop()
    {
        using var folder = new TempFolder("throwaway");
        var server = await StartAsync(folder, deleteDataOnStop: true);

        await server.DisposeAsync();

        Assert.False(Directory.Exists(folder.Path));
        Assert.Empty(ServerProcesses.WatchdogsOf(folder));
    }

    [Fact]
    public async Task A_stale_postmaster_pid_of_a_dead_process_is_removed_and_the_cluster_starts()
    {
        using var folder = new TempFolder("stale");
        await (await StartAsync(folder)).DisposeAsync();
        await WritePidFileAsync(folder, await DeadProcessIdAsync());

        await using var server = await StartAsync(folder);

        Assert.Equal(1, await ScalarAsync<int>(server, "SELECT 1"));
        Assert.NotEqual(0, ServerProcesses.PostmasterOf(folder));
    }

    [Fact]
    public async Task A_postmaster_pid_naming_a_live_process_that_is_not_postgres_is_treated_as_stale()
    {
        using var folder = new TempFolder("reused");
        await (await StartAsync(folder)).DisposeAsync();
        // A recycled process id: alive, but this test host, not a server of the folder.
        await WritePidFileAsync(folder, Environment.ProcessId);

        await using var server = await StartAsync(folder);

        Assert.Equal(1, await ScalarAsync<int>(server, "SELECT 1"));
    }

    [Fact]
    public async Task A_data_folder_owned_by_a_live_process_is_refused()
    {
        using var folder = new TempFolder("inuse");
        await using var owner = await StartAsync(folder);

        var refused = await Assert.ThrowsAsync<PostgresProvisioningException>(() => StartAsync(folder));

        Assert.Contains("in use by another running process", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, await ScalarAsync<int>(owner, "SELECT 1"));
    }

    [Fact]
    public async Task No_binaries_in_the_configured_bin_folder_is_one_clear_error()
    {
        using var bin = new TempFolder("emptybin");
        Directory.CreateDirectory(bin.Path);
        using var folder = new TempFolder("nobin");

        var error = await Assert.ThrowsAsync<PostgresNotInstalledException>(() => StartAsync(folder, binDirectory: bin.Path));

        Assert.Contains(bin.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y postgresql", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__DigitalPost", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public async Task As_root_a_data_folder_the_postgres_user_cannot_reach_is_refused_with_a_clear_error()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            // As a normal user the server runs as that user: there is no second user to lock out.
            return;
        }

        var closed = Path.Combine("/root", $"digitalpost-test-{Guid.NewGuid():N}");
        try
        {
            var error = await Assert.ThrowsAsync<PostgresProvisioningException>(() =>
                PrivatePostgresServer.StartAsync(new PrivatePostgresServerOptions { DataDirectory = closed, Fsync = false }, NullLogger.Instance, CancellationToken.None));

            Assert.Contains("'postgres' user", error.Message, StringComparison.Ordinal);
            Assert.Contains("Postgres:DataDirectory", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(closed))
            {
                Directory.Delete(closed, recursive: true);
            }
        }
    }

    private static Task<PrivatePostgresServer> StartAsync(TempFolder folder, bool deleteDataOnStop = false, string? binDirectory = null) =>
        PrivatePostgresServer.StartAsync(
            new PrivatePostgresServerOptions
            {
                DataDirectory = folder.Path,
                BinDirectory = binDirectory,
                Fsync = false,
                DeleteDataOnStop = deleteDataOnStop,
            },
            NullLogger.Instance,
            CancellationToken.None);

    private static async Task ExecuteAsync(PrivatePostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(PrivatePostgresServer server, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task WritePidFileAsync(TempFolder folder, int pid)
    {
        // What a SIGKILLed postmaster leaves: its lock file, naming a process that is no server of the folder.
        var path = Path.Combine(folder.ClusterDirectory, "postmaster.pid");
        await File.WriteAllTextAsync(path, $"{pid.ToString(CultureInfo.InvariantCulture)}\n{folder.ClusterDirectory}\n1700000000\n5432\n\n127.0.0.1\n  1234567   7\nready   \n");
    }

    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start("true")!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    private static int PostgresUserId()
    {
        var line = File.ReadLines("/etc/passwd").First(l => l.StartsWith("postgres:", StringComparison.Ordinal));
        return int.Parse(line.Split(':')[2], CultureInfo.InvariantCulture);
    }
}
