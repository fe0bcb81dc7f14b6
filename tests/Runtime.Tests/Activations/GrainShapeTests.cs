using DigitalPost.Runtime.Tests.Grains;
using DigitalPost.Runtime.Tests.TestHost;

namespace DigitalPost.Runtime.Tests.Activations;

public sealed class GrainShapeTests : RuntimeTestBase
{
    [Fact]
    public async Task Nested_interfaces_and_plain_classes_without_the_grain_base_work_as_grains()
    {
        var echo = Grains.GetGrain<NestedGrains.IEchoGrain>("nested");

        Assert.Equal("hi", await echo.Echo("hi"));
    }

    [Fact]
    public async Task References_to_the_same_grain_reach_the_same_activation()
    {
        await Grains.GetGrain<ICounterGrain>("same").Add(2);

        Assert.Equal(5, await Grains.GetGrain<ICounterGrain>("same").Add(3));
        Assert.Equal(1, Probe.Count("activations same"));
    }
}
