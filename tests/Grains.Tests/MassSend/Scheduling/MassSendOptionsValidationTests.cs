using DigitalPost.Grains.MassSend;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>The scheduling settings are validated at start-up, naming the setting.</summary>
public sealed class MassSendOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new MassSendOptions();
        options.Validate(partitionCount: 1024);

        Assert.True(options.DedicatedConnections);
        Assert.Equal((10, 10), (options.SessionNice, options.WorkerThreadNice));
        Assert.True(options.Governor.Enabled);
        Assert.Equal(["mutation", "query"], options.Governor.OperationTypes.Order());
    }

    public static TheoryData<string, Action<MassSendOptions>> Invalid => new()
    {
        { "MassSend:SessionNice", o => o.SessionNice = 20 },
        { "MassSend:SessionNice", o => o.SessionNice = -1 },
        { "MassSend:WorkerThreadNice", o => o.WorkerThreadNice = 20 },
        { "MassSend:ApplicationName", o => o.ApplicationName = " " },
        { "MassSend:Governor:Percentile", o => o.Governor.Percentile = 0 },
        { "MassSend:Governor:Percentile", o => o.Governor.Percentile = 100.5 },
        { "MassSend:Governor:TargetLatency", o => o.Governor.TargetLatency = TimeSpan.Zero },
        { "MassSend:Governor:TargetLatency", o => o.Governor.Interval = TimeSpan.Zero },
        { "MassSend:Governor:RecoverBelow", o => o.Governor.RecoverBelow = 1.5 },
        { "MassSend:Governor:MinSamples", o => o.Governor.MinParallelism = 0 },
        { "MassSend:Governor:MinBatchSize", o => o.Governor.MinBatchSize = 0 },
        { "MassSend:Governor:MaxStepsDown", o => o.Governor.MaxStepsDown = 0 },
        { "MassSend:Governor:PauseStep", o => o.Governor.MaxPause = TimeSpan.FromMilliseconds(10) },
        { "MassSend:Governor:LatencyMeter", o => o.Governor.LatencyInstrument = "" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_unworkable_value_is_refused_naming_the_setting(string setting, Action<MassSendOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var options = new MassSendOptions();
        change(options);

        var error = Assert.Throws<InvalidOperationException>(() => options.Validate(partitionCount: 1024));

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_batch_above_the_batch_size_is_valid_because_the_governor_never_goes_above_the_batch_size()
    {
        var options = new MassSendOptions { BatchSize = 200 };

        var error = Record.Exception(() => options.Validate(partitionCount: 1024));

        Assert.Null(error);
    }
}
