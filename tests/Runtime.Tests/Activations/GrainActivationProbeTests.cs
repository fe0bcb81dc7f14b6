using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.Activations;

/// <summary>The activation probe answers from the activation table and never activates a grain.</summary>
public sealed class GrainActivationProbeTests
{
    [Fact]
    public async Task A_grain_is_active_after_a_call_and_not_before_nor_after_the_silo_stopped()
    {
        await using var host = await RuntimeTestHost.StartAsync(services => services.AddSingleton<GrainProbe>().AddGrainActivationProbe());
        var probe = host.Services.GetRequiredService<IGrainActivationProbe>();
        var type = probe.GrainTypeOf<ICounterGrain>();
        var id = new GrainId(type, "probe-1");

        Assert.False(probe.IsActive(id));
        Assert.False(probe.IsActive(id));
        await host.Grains.GetGrain<ICounterGrain>("probe-1").Add(1);
        var active = probe.IsActive(id);
        var other = probe.IsActive(new GrainId(type, "probe-2"));
        await host.StopAsync();

        Assert.True(active);
        Assert.False(other);
        Assert.False(probe.IsActive(id));
    }
}
