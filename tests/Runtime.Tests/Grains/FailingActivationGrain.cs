using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Grains;

public interface IFailingActivationGrain : IGrainWithStringKey
{
    Task<string> Hello();
}

/// <summary>Fails its first activation, succeeds afterwards.</summary>
public sealed class FailingActivationGrain(GrainProbe probe) : Grain, IFailingActivationGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (probe.Increment($"activation attempts {GrainKey}") == 1)
        {
            throw new GrainTestException("first activation fails");
        }

        return Task.CompletedTask;
    }

    public Task<string> Hello() => Task.FromResult("hello");
}
