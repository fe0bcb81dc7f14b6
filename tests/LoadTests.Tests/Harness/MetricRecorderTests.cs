using DigitalPost.LoadTests.Harness;

namespace DigitalPost.LoadTests.Tests.Harness;

public sealed class MetricRecorderTests
{
    [Fact]
    public void Recordings_from_many_threads_are_all_in_the_snapshot()
    {
        var recorder = new MetricRecorder(TimeSpan.FromMinutes(1));
        var threads = Enumerable.Range(0, 8).Select(worker => new Thread(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                recorder.Record(i % 10 == 0 ? Response.Fail("boom", "worker " + worker) : Response.Ok(200, 3), TimeSpan.FromTicks(1 + i));
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        var snapshot = recorder.Snapshot();

        Assert.Equal(80_000, snapshot.Requests);
        Assert.Equal(8_000, snapshot.Failed);
        Assert.Equal(72_000 * 3, snapshot.Bytes);
        Assert.Equal(80_000, snapshot.Latency.Count);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("boom", 8_000L), (error.Kind, error.Count));
    }

    [Fact]
    public void Errors_are_grouped_by_kind_most_frequent_first()
    {
        var recorder = new MetricRecorder(TimeSpan.FromMinutes(1));
        recorder.Record(Response.Fail("http-503", "first"), TimeSpan.Zero);
        recorder.Record(Response.Fail("timeout"), TimeSpan.Zero);
        recorder.Record(Response.Fail("http-503", "second"), TimeSpan.Zero);
        recorder.Record(Response.Ok(), TimeSpan.Zero);

        var errors = recorder.Snapshot().Errors;

        Assert.Equal([("http-503", 2L, "first"), ("timeout", 1L, (string?)null)], errors.Select(error => (error.Kind, error.Count, error.SampleMessage)));
    }
}
