using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface ITimerGrain : IGrainWithStringKey
{
    Task StartTimer(TimeSpan period);

    Task Deactivate();
}

public sealed class TimerGrain(GrainProbe probe) : Grain, ITimerGrain
{
    public Task StartTimer(TimeSpan period)
    {
        RegisterGrainTimer(_ =>
        {
            var tick = probe.Increment($"tick {GrainKey}");
            probe.Set($"tick {GrainKey} {tick}");
            return Task.CompletedTask;
        }, period, period);
        return Task.CompletedTask;
    }

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Set($"deactivated {GrainKey}");
        return Task.CompletedTask;
    }
}
