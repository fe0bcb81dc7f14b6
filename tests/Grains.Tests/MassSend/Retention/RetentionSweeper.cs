using DigitalPost.Grains.MassSend.Retention;
using DigitalPost.Grains.Tests.MassSend.Hosting;
using DigitalPost.Grains.Tests.MassSend.Scheduling;
using DigitalPost.Runtime.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.MassSend.Retention;

/// <summary>
/// A <see cref="MassSendRetention"/> on a test host's database and fake clock, with options of the test's choosing (no
/// pause between transactions: the fake clock would hold it) and a recording backend priority (the test server's
/// processes are left alone).
/// </summary>
internal sealed class RetentionSweeper : IAsyncDisposable
{
    private readonly PostgresDatabase _postgres;
    private readonly MassSendRetentionConnections _connections;

    private RetentionSweeper(PostgresDatabase postgres, MassSendRetentionConnections connections, MassSendRetention retention, RecordingBackendPriority priority)
    {
        _postgres = postgres;
        _connections = connections;
        Retention = retention;
        Priority = priority;
    }

    public MassSendRetention Retention { get; }

    public RecordingBackendPriority Priority { get; }

    public static async Task<RetentionSweeper> StartAsync(MassSendTestHost host, Action<MassSendRetentionOptions>? configure = null)
    {
        var options = new MassSendRetentionOptions { RetainFor = TimeSpan.FromDays(30), PauseBetweenTransactions = TimeSpan.Zero };
        configure?.Invoke(options);
        var postgres = await host.Database.StartPostgresDatabaseAsync(host.Time);
        var priority = new RecordingBackendPriority();
        var connections = new MassSendRetentionConnections(postgres, Options.Create(options), priority, NullLogger<MassSendRetentionConnections>.Instance);
        var retention = new MassSendRetention(connections, host.Time, Options.Create(options), NullLogger<MassSendRetention>.Instance);
        return new RetentionSweeper(postgres, connections, retention, priority);
    }

    public Task<IReadOnlyList<MassSendPurge>> SweepAsync() => Retention.SweepAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _connections.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
