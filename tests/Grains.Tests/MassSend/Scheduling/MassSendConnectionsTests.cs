using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.MassSend.Scheduling;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The workers' sessions: their own pool and application name, and only they run at a lower priority.</summary>
public sealed class MassSendConnectionsTests(MassSendDatabaseFixture database) : IClassFixture<MassSendDatabaseFixture>
{
    private static async Task<(int Pid, string Application)> WhoAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid(), current_setting('application_name')", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt32(0), reader.GetString(1));
    }

    private static MassSendConnections Create(PostgresDatabase postgres, RecordingBackendPriority priority, Action<MassSendOptions>? configure = null)
    {
        var options = new MassSendOptions { Parallelism = 2 };
        configure?.Invoke(options);
        return new MassSendConnections(postgres, Options.Create(options), priority, NullLogger<MassSendConnections>.Instance);
    }

    [Fact]
    public async Task Pipeline_sessions_get_the_configured_nice_value_and_interactive_sessions_never_do()
    {
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var priority = new RecordingBackendPriority();
        await using var connections = Create(postgres, priority, o => o.SessionNice = 7);

        await using var first = await connections.OpenAsync(CancellationToken.None);
        await using var second = await connections.OpenAsync(CancellationToken.None);
        var interactive = await postgres.GetDataSourceAsync(CancellationToken.None);
        await using var read = await interactive.OpenConnectionAsync();
        var a = await WhoAsync(first);
        var b = await WhoAsync(second);
        var c = await WhoAsync(read);

        Assert.Equal(new Dictionary<int, int> { [a.Pid] = 7, [b.Pid] = 7 }, priority.Nice.ToDictionary());
        Assert.Equal(("digitalpost-mass-send", "digitalpost-mass-send"), (a.Application, b.Application));
        Assert.NotEqual("digitalpost-mass-send", c.Application);
        Assert.DoesNotContain(c.Pid, priority.Nice.Keys);
    }

    [Fact]
    public async Task A_pooled_session_used_again_is_not_set_again()
    {
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var priority = new RecordingBackendPriority();
        await using var connections = Create(postgres, priority);
        int pid;
        await using (var first = await connections.OpenAsync(CancellationToken.None))
        {
            pid = (await WhoAsync(first)).Pid;
        }

        priority.Nice.Clear();
        await using var again = await connections.OpenAsync(CancellationToken.None);

        Assert.Equal(pid, (await WhoAsync(again)).Pid);
        Assert.Empty(priority.Nice);
    }

    [Fact]
    public async Task Without_a_dedicated_pool_the_workers_share_the_main_pool_and_no_session_is_reniced()
    {
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var priority = new RecordingBackendPriority();
        await using var connections = Create(postgres, priority, o => o.DedicatedConnections = false);

        await using var connection = await connections.OpenAsync(CancellationToken.None);

        Assert.NotEqual("digitalpost-mass-send", (await WhoAsync(connection)).Application);
        Assert.Empty(priority.Nice);
    }

    [Fact]
    public async Task Nice_zero_leaves_the_dedicated_sessions_alone()
    {
        await using var postgres = await database.StartPostgresDatabaseAsync();
        var priority = new RecordingBackendPriority();
        await using var connections = Create(postgres, priority, o => o.SessionNice = 0);

        await using var connection = await connections.OpenAsync(CancellationToken.None);

        Assert.Equal("digitalpost-mass-send", (await WhoAsync(connection)).Application);
        Assert.Empty(priority.Nice);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("localhost", true)]
    [InlineData("::1", true)]
    [InlineData("/var/run/postgresql", true)]
    [InlineData("db.example.org", false)]
    [InlineData("10.0.0.5", false)]
    public void Only_a_server_on_this_machine_has_backends_that_are_local_processes(string host, bool local) =>
        Assert.Equal(local, MassSendConnections.IsLocal(host));
}
