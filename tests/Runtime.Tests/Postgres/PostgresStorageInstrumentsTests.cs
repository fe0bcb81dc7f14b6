using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using DigitalPost.Runtime.Storage;
using DigitalPost.Runtime.Storage.Postgres;
using DigitalPost.Testing.Postgres;

namespace DigitalPost.Runtime.Tests.Postgres;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StorageMetricsCollection
{
    public const string Name = "storage metrics (alone, so no other test's measurements mix in)";
}

[Collection(StorageMetricsCollection.Name)]
public sealed class PostgresStorageInstrumentsTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Storage_operations_record_their_latency_and_outcome_and_count_etag_conflicts()
    {
        await using var database = await fixture.StartPostgresDatabaseAsync();
        var storage = new PostgresGrainStorage(database, TimeProvider.System);
        var key = new GrainStateKey("MeteredGrain", Guid.NewGuid().ToString("N"), "state");
        var durations = new ConcurrentQueue<(string Operation, string Outcome, double Ms)>();
        long conflicts = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PostgresStorageInstruments.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => durations.Enqueue((Tag(tags, "operation"), Tag(tags, "outcome"), value)));
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref conflicts, value));
        listener.Start();

        await storage.ReadAsync(key, CancellationToken.None);
        await storage.WriteAsync(key, Encoding.UTF8.GetBytes("v1"), null, CancellationToken.None);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(key, Encoding.UTF8.GetBytes("v2"), null, CancellationToken.None).AsTask());

        Assert.Equal([("read", "ok"), ("write", "ok"), ("write", "conflict")], durations.Select(d => (d.Operation, d.Outcome)));
        Assert.All(durations, d => Assert.True(d.Ms > 0));
        Assert.Equal(1, Interlocked.Read(ref conflicts));
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return (string)tag.Value!;
            }
        }

        return string.Empty;
    }
}
