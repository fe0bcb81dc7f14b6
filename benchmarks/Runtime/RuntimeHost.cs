using DigitalPost.Runtime;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Benchmarks.Runtime;

/// <summary>A started grain runtime on the system clock, for benchmarks and probes.</summary>
internal sealed class RuntimeHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _hosted;

    private RuntimeHost(ServiceProvider provider, List<IHostedService> hosted)
    {
        _provider = provider;
        _hosted = hosted;
    }

    public IServiceProvider Services => _provider;

    public IGrainFactory Grains => _provider.GetRequiredService<IGrainFactory>();

    public InMemoryGrainStorage Storage => (InMemoryGrainStorage)_provider.GetRequiredService<IGrainStorage>();

    public static RuntimeHost Start()
    {
        var services = new ServiceCollection();
        services.AddGrainRuntime(options =>
        {
            options.AddGrainAssembly(typeof(RuntimeHost).Assembly);
            // Benchmarks measure the steady state: nothing is collected while they run.
            options.IdleTimeout = TimeSpan.FromHours(1);
        });
        var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            service.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }

        return new RuntimeHost(provider, hosted);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _hosted.Count - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(CancellationToken.None);
        }

        await _provider.DisposeAsync();
    }
}
