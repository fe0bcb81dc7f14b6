using System.Net;
using DigitalPost.Silo.Tests.Support;

namespace DigitalPost.Silo.Tests;

/// <summary>The real silo executable with its private PostgreSQL.</summary>
public sealed class SiloProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sigterm_stops_the_silo_cleanly_and_stops_its_private_postgres()
    {
        using var folder = new TempFolder("sigterm");
        await using var silo = SiloProcess.Start(Environment(folder));
        await silo.WaitForOutputAsync("Digital Post silo listening on");
        using (var http = new HttpClient())
        {
            using var ready = await http.GetAsync(silo.Url + "/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        var postmaster = ServerProcesses.PostmasterOf(folder);
        silo.Signal("TERM");
        var exitCode = await silo.WaitForExitAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains($"Digital Post silo listening on {silo.Url}", silo.Output, StringComparison.Ordinal);
        var version = File.ReadAllText(Path.Combine(folder.ClusterDirectory, "PG_VERSION")).Trim();
        Assert.Contains($"Data: private PostgreSQL {version}, data folder {folder.Path}", silo.Output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"Private PostgreSQL in {folder.Path} stopped", silo.Output, StringComparison.Ordinal);
        Assert.Null(Runtime.Postgres.Provisioning.ProcessInspector.CommandLineOf(postmaster));
        Assert.Empty(ServerProcesses.PostgresOf(folder));
        Assert.Empty(ServerProcesses.WatchdogsOf(folder));
    }

    [Fact]
    public async Task A_killed_silo_leaves_no_postgres_running_because_the_watchdog_stops_it()
    {
        using var folder = new TempFolder("sigkill");
        await using var silo = SiloProcess.Start(Environment(folder));
        await silo.WaitForOutputAsync("Digital Post silo listening on");
        var postmaster = ServerProcesses.PostmasterOf(folder);

        silo.Signal("KILL");
        await silo.WaitForExitAsync();
        await ServerProcesses.WaitForExitAsync(postmaster, Patience);
        foreach (var watchdog in ServerProcesses.WatchdogsOf(folder))
        {
            await ServerProcesses.WaitForExitAsync(watchdog, Patience);
        }

        Assert.Empty(ServerProcesses.PostgresOf(folder));
        Assert.Empty(ServerProcesses.WatchdogsOf(folder));
    }

    [Fact]
    public async Task A_postgres_left_running_by_a_killed_silo_is_stopped_and_started_afresh_by_the_next_one()
    {
        using var folder = new TempFolder("leftover");
        var unwatched = new Dictionary<string, string>(Environment(folder)) { ["Postgres__StopWithOwnerProcess"] = "false" };
        int leftover;
        await using (var killed = SiloProcess.Start(unwatched))
        {
            await killed.WaitForOutputAsync("Digital Post silo listening on");
            leftover = ServerProcesses.PostmasterOf(folder);
            killed.Signal("KILL");
            await killed.WaitForExitAsync();
        }

        Assert.Equal([leftover], ServerProcesses.PostgresOf(folder));

        await using var next = SiloProcess.Start(Environment(folder));
        await next.WaitForOutputAsync("Digital Post silo listening on");
        using (var http = new HttpClient())
        {
            using var ready = await http.GetAsync(next.Url + "/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        Assert.Contains("was left running by a run that died", next.Output, StringComparison.Ordinal);
        Assert.Null(Runtime.Postgres.Provisioning.ProcessInspector.CommandLineOf(leftover));
        next.Signal("TERM");
        Assert.Equal(0, await next.WaitForExitAsync());
        Assert.Empty(ServerProcesses.PostgresOf(folder));
    }

    [Fact]
    public async Task A_signal_during_provisioning_leaves_nothing_running_and_the_cluster_usable()
    {
        using var folder = new TempFolder("interrupted");
        await using (var interrupted = SiloProcess.Start(Environment(folder)))
        {
            await interrupted.WaitForOutputAsync("Initialising a PostgreSQL cluster");
            interrupted.Signal("TERM");
            var exitCode = await interrupted.WaitForExitAsync();
            if (interrupted.Output.Contains("Start-up cancelled", StringComparison.Ordinal))
            {
                Assert.Equal(1, exitCode);
            }
        }

        Assert.Empty(ServerProcesses.PostgresOf(folder));
        Assert.Empty(ServerProcesses.WatchdogsOf(folder));
        await using var next = SiloProcess.Start(Environment(folder));
        await next.WaitForOutputAsync("Digital Post silo listening on");
        next.Signal("TERM");
        Assert.Equal(0, await next.WaitForExitAsync());
    }

    [Fact]
    public async Task Without_postgres_binaries_the_silo_exits_with_one_clear_error()
    {
        using var bin = new TempFolder("nobin");
        Directory.CreateDirectory(bin.Path);
        using var folder = new TempFolder("nobin-data");
        var environment = new Dictionary<string, string>(Environment(folder)) { ["Postgres__BinDirectory"] = bin.Path };
        await using var silo = SiloProcess.Start(environment);

        var exitCode = await silo.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        var output = silo.Output;
        // Said exactly once: one clear error, not a message repeated through a stack of wrappers.
        Assert.Equal(2, output.Split("apt-get install -y postgresql").Length);
        Assert.Contains("ConnectionStrings__DigitalPost", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_server_that_cannot_be_reached_stops_the_start_with_one_clear_error()
    {
        using var folder = new TempFolder("unreachable");
        var environment = new Dictionary<string, string>(Environment(folder))
        {
            ["ConnectionStrings__DigitalPost"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=silo;Password=hunter2;Database=digitalpost",
        };
        await using var silo = SiloProcess.Start(environment);

        var exitCode = await silo.WaitForExitAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("Cannot start without storage", silo.Output, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:DigitalPost", silo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", silo.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", silo.Output, StringComparison.Ordinal);
        // A configured server means no private cluster.
        Assert.False(Directory.Exists(folder.Path));
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Dictionary<string, string> Environment(TempFolder folder) => new()
    {
        ["Postgres__DataDirectory"] = folder.Path,
        // A throw-away cluster: skip the disk flushes.
        ["Postgres__Fsync"] = "false",
    };
}
