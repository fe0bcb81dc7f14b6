using System.Collections.Concurrent;
using System.Diagnostics;
using DigitalPost.Runtime.Diagnostics;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Diagnostics;

public sealed class CallTracingTests : RuntimeTestBase, IDisposable
{
    private readonly ConcurrentQueue<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public CallTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RuntimeInstruments.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_traced_call_records_an_activity_naming_grain_and_method()
    {
        await Grains.GetGrain<ICalculatorGrain>("traced").Add(1, 2);

        var call = Assert.Single(_stopped, a => a.OperationName == "grain call" && (string?)a.GetTagItem("grain.id") == $"{typeof(CalculatorGrain).FullName}/traced");
        Assert.Equal("ICalculatorGrain.Add", call.DisplayName);
        Assert.Equal("Add", call.GetTagItem("grain.method"));
        Assert.Equal(ActivityStatusCode.Unset, call.Status);
    }

    [Fact]
    public async Task A_failed_call_is_marked_as_an_error()
    {
        await Assert.ThrowsAsync<GrainTestException>(() => Grains.GetGrain<IFailingGrain>("traced-failure").Fail("traced"));

        var call = Assert.Single(_stopped, a => a.OperationName == "grain call" && (string?)a.GetTagItem("grain.id") == $"{typeof(FailingGrain).FullName}/traced-failure");
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.Equal("traced", call.StatusDescription);
    }
}
