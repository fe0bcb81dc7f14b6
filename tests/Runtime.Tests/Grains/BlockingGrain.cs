using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public class BlockingGrain(GrainProbe probe, ThreadMeetingPoint meetingPoint) : Grain, IBlockingGrain
{
    public async Task Block(string mine, string release)
    {
        probe.Set(mine);
        await probe.Wait(release);
    }

    public Task Peek(string mine)
    {
        probe.Set(mine);
        return Task.CompletedTask;
    }

    public async Task Read(string mine, string release)
    {
        probe.Set(mine);
        await probe.Wait(release);
    }

    public Task<bool> Meet(string mine, string other) => Task.FromResult(meetingPoint.Meet(mine, other));
}
