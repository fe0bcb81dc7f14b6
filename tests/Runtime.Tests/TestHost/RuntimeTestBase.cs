using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Tests.TestHost;

/// <summary>Starts a <see cref="RuntimeTestHost"/> with the test grain services per test.</summary>
public abstract class RuntimeTestBase : IAsyncLifetime
{
    protected GrainProbe Probe { get; } = new();

    protected RuntimeTestHost Host { get; set; } = null!;

    protected IGrainFactory Grains => Host.Grains;

    public async Task InitializeAsync() => Host = await RuntimeTestHost.StartAsync(ConfigureServices, ConfigureRuntime);

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected virtual void ConfigureServices(IServiceCollection services) => services.AddTestGrainServices(Probe);

    protected virtual void ConfigureRuntime(GrainRuntimeOptions options)
    {
    }
}
