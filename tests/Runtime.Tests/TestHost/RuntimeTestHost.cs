using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Hosting;
using DigitalPost.Testing.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalPost.Runtime.Tests.TestHost;

/// <summary>
/// A grain runtime host for tests: a <see cref="ServiceCollection"/> with <c>AddGrainRuntime</c>, a
/// <see cref="ManualTimeProvider"/> (shared across restarts) and the hosted services started.
/// Simulate a silo restart with <see cref="RestartAsync"/> (stops this host, deactivating every
/// grain, and starts a new one from the same configuration and clock); storage and reminder tables
/// survive when they are shared singletons (an instance registered by the caller, or PostgreSQL).
/// </summary>
public sealed class RuntimeTestHost : IAsyncDisposable
{
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly Action<GrainRuntimeOptions>? _configureRuntime;
    private readonly ServiceProvider _provider;
    private readonly List<IHostedService> _started = [];
    private bool _stopped;

    private RuntimeTestHost(ServiceProvider provider, ManualTimeProvider time, Action<IServiceCollection>? configureServices, Action<GrainRuntimeOptions>? configureRuntime)
    {
        _provider = provider;
        Time = time;
        _configureServices = configureServices;
        _configureRuntime = configureRuntime;
    }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The grain factory.</summary>
    public IGrainFactory Grains => _provider.GetRequiredService<IGrainFactory>();

    /// <summary>The fake clock driving idle collection, deadlines, timers and reminders.</summary>
    public ManualTimeProvider Time { get; }

    internal GrainRuntime Runtime => _provider.GetRequiredService<GrainRuntime>();

    /// <summary>
    /// Builds and starts a host. <paramref name="configureServices"/> runs after <c>AddGrainRuntime</c>,
    /// so its registrations (storage, reminder table, directory) replace the defaults.
    /// </summary>
    public static async Task<RuntimeTestHost> StartAsync(
        Action<IServiceCollection>? configureServices = null,
        Action<GrainRuntimeOptions>? configureRuntime = null,
        ManualTimeProvider? time = null)
    {
        time ??= new ManualTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddGrainRuntime(options =>
        {
            options.SiloId = "test-silo";
            options.AddGrainAssembly(typeof(RuntimeTestHost).Assembly);
            configureRuntime?.Invoke(options);
        });
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new RuntimeTestHost(provider, time, configureServices, configureRuntime);
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
            host._started.Add(hosted);
        }

        return host;
    }

    /// <summary>Stops the hosted services in reverse order: the runtime deactivates every grain.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            await _started[i].StopAsync(CancellationToken.None);
        }
    }

    /// <summary>Stops this host and starts a new one with the same configuration and clock.</summary>
    public async Task<RuntimeTestHost> RestartAsync()
    {
        await DisposeAsync();
        return await StartAsync(_configureServices, _configureRuntime, Time);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _provider.DisposeAsync();
    }
}
