using DigitalPost.Grains.MassSend;
using DigitalPost.Grains.MassSend.Scheduling;
using Microsoft.Extensions.Options;

namespace DigitalPost.Grains.Tests.MassSend.Scheduling;

/// <summary>Options and latency windows for the governor tests: 4 workers, batches of 8,000 down to 2,000, pauses 100–400 ms, target 20 ms.</summary>
internal static class GovernorTestOptions
{
    public static MassSendOptions Create(bool enabled = true)
    {
        var options = new MassSendOptions { Parallelism = 4, BatchSize = 8_000 };
        options.Governor.Enabled = enabled;
        options.Governor.TargetLatency = TimeSpan.FromMilliseconds(20);
        options.Governor.RecoverBelow = 0.5;
        options.Governor.MinSamples = 10;
        options.Governor.MinParallelism = 1;
        options.Governor.MinBatchSize = 2_000;
        options.Governor.PauseStep = TimeSpan.FromMilliseconds(100);
        options.Governor.MaxPause = TimeSpan.FromMilliseconds(400);
        options.Governor.Interval = TimeSpan.FromSeconds(1);
        return options;
    }

    public static IOptions<MassSendOptions> Wrap(MassSendOptions options) => Options.Create(options);

    public static class Latency
    {
        /// <summary>Above the 20 ms target.</summary>
        public static LatencyWindow Slow => new(100, TimeSpan.FromMilliseconds(35));

        /// <summary>Below the 10 ms recovery line.</summary>
        public static LatencyWindow Fast => new(100, TimeSpan.FromMilliseconds(5));

        /// <summary>Between the recovery line and the target.</summary>
        public static LatencyWindow Middling => new(100, TimeSpan.FromMilliseconds(15));
    }
}
