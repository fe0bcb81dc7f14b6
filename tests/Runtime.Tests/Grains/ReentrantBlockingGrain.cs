using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface IReentrantBlockingGrain : IGrainWithStringKey
{
    Task Block(string mine, string release);
}

[Reentrant]
public sealed class ReentrantBlockingGrain(GrainProbe probe) : Grain, IReentrantBlockingGrain
{
    public async Task Block(string mine, string release)
    {
        probe.Set(mine);
        await probe.Wait(release);
    }
}
