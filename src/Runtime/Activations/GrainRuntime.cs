using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DigitalPost.Runtime.CodeGeneration;
using DigitalPost.Runtime.Diagnostics;
using DigitalPost.Runtime.Placement;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalPost.Runtime.Activations;

/// <summary>
/// The silo's grain runtime: grain factory, activation table, idle collection and shutdown.
/// Interface and class bindings are resolved once per interface (reflection allowed there) and
/// cached; the call path itself only touches the reference, the directory and the activation.
/// </summary>
internal sealed class GrainRuntime : IGrainFactory, IDisposable
{
    private readonly ConcurrentDictionary<Type, GrainBinding> _bindings = new();
    private readonly ConcurrentDictionary<Type, GrainClassInfo> _classes = new();
    private readonly ConcurrentDictionary<string, GrainClassInfo> _grainTypes = new(StringComparer.Ordinal);
    private ITimer? _collector;
    private long _sweep;
    private volatile bool _stopped;

    public GrainRuntime(IServiceProvider services, IOptions<GrainRuntimeOptions> options, TimeProvider timeProvider, IPartitionDirectory directory, ILogger<GrainRuntime> logger)
    {
        Options = options.Value;
        Options.Validate();
        Services = services;
        TimeProvider = timeProvider;
        Directory = directory;
        Logger = logger;
        Activations = new ActivationTable(this);
        Instruments = new RuntimeInstruments(() => Activations.Count, Activations.TotalQueueLength);
        foreach (var assembly in Options.GrainAssemblies)
        {
            // Runs the assembly's generated [ModuleInitializer]s, which register its grains.
            RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        }
    }

    public GrainRuntimeOptions Options { get; }

    public IServiceProvider Services { get; }

    public TimeProvider TimeProvider { get; }

    public IPartitionDirectory Directory { get; }

    public ILogger Logger { get; }

    public ActivationTable Activations { get; }

    public RuntimeInstruments Instruments { get; }

    /// <summary>Number of idle-collection sweeps so far: the coarse clock activations stamp their last activity with.</summary>
    public long CurrentSweep => Volatile.Read(ref _sweep);

    public bool IsStopped => _stopped;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrain
    {
        ArgumentNullException.ThrowIfNull(key);
        var binding = GetBinding(typeof(TGrainInterface));
        var id = new GrainId(binding.Class.GrainType, key);
        return (TGrainInterface)(object)CreateReference(binding.Interface, binding.Class, id);
    }

    /// <summary>Creates a reference for <paramref name="interfaceName"/> (the wire form of a call).</summary>
    public GrainReference GetReference(string interfaceName, string key)
    {
        if (!GrainInterfaceRegistry.TryGetInterface(interfaceName, out var info))
        {
            throw new InvalidOperationException($"Grain interface '{interfaceName}' is not registered in this process.");
        }

        var binding = GetBinding(info.InterfaceType);
        return CreateReference(binding.Interface, binding.Class, new GrainId(binding.Class.GrainType, key));
    }

    public GrainReference CreateReference(GrainInterfaceInfo grainInterface, GrainClassInfo grainClass, GrainId id)
    {
        var partition = GrainPartitioner.GetPartition(id.Key, Options.PartitionCount);
        return grainInterface.CreateReference(new GrainReferenceArgs(this, id, partition, grainClass, grainInterface, null, null));
    }

    /// <summary>A copy of <paramref name="reference"/> with its own call deadline.</summary>
    public GrainReference WithTimeout(GrainReference reference, TimeSpan timeout)
        => reference.Interface.CreateReference(new GrainReferenceArgs(this, reference.GrainId, reference.Partition, reference.GrainClass, reference.Interface, timeout, null));

    public void EnsureOwned(GrainId id, int partition)
    {
        if (!Directory.IsOwnedLocally(partition))
        {
            throw new PartitionNotOwnedException(id, partition, Directory.LocalSiloId, Directory.GetOwner(partition));
        }
    }

    /// <summary>The grain class with grain type name <paramref name="grainType"/> (reminders and storage use names).</summary>
    public GrainClassInfo ResolveGrainType(string grainType)
    {
        if (_grainTypes.TryGetValue(grainType, out var known))
        {
            return known;
        }

        foreach (var type in GrainInterfaceRegistry.GrainClasses)
        {
            var info = GetClassInfo(type);
            _grainTypes.TryAdd(info.GrainType, info);
        }

        return _grainTypes.TryGetValue(grainType, out known)
            ? known
            : throw new InvalidOperationException($"No grain class has grain type '{grainType}'. Is its assembly registered with GrainRuntimeOptions.AddGrainAssembly?");
    }

    public void Start()
    {
        _stopped = false;
        _collector ??= TimeProvider.CreateTimer(static s => ((GrainRuntime)s!).Collect(), this, Options.CollectionInterval, Options.CollectionInterval);
    }

    /// <summary>Deactivates every activation (so grains can write their state) and stops idle collection.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _collector?.Dispose();
        _collector = null;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is shutting down.");
        for (var round = 0; round < Options.ShutdownDeactivationRounds && Activations.Count > 0; round++)
        {
            var activations = Activations.All.ToList();
            RuntimeLog.ShuttingDown(Logger, activations.Count);
            await Task.WhenAll(activations.Select(a => a.RequestDeactivation(reason))).WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        _stopped = true;
    }

    public void Dispose()
    {
        _collector?.Dispose();
        Instruments.Dispose();
    }

    private void Collect()
    {
        var sweep = Interlocked.Increment(ref _sweep);
        // An activation stamped at sweep s was last active before sweep s+1; after idleSweeps more
        // sweeps at least IdleTimeout has passed (never early, at most one interval late).
        var idleSweeps = (long)Math.Ceiling(Options.IdleTimeout / Options.CollectionInterval) + 1;
        foreach (var activation in Activations.All)
        {
            activation.CollectIfIdle(sweep, idleSweeps);
        }
    }

    private GrainBinding GetBinding(Type interfaceType)
        => _bindings.TryGetValue(interfaceType, out var binding) ? binding : _bindings.GetOrAdd(interfaceType, Bind(interfaceType));

    private GrainBinding Bind(Type interfaceType)
    {
        if (!GrainInterfaceRegistry.TryGetInterface(interfaceType, out var info))
        {
            throw new InvalidOperationException(
                $"No generated grain reference for {interfaceType}. Reference DigitalPost.Runtime.CodeGen as an analyzer in the project declaring it, " +
                "and register that assembly with GrainRuntimeOptions.AddGrainAssembly.");
        }

        Type grainClass;
        if (Options.InterfaceMappings.TryGetValue(interfaceType, out var mapped))
        {
            grainClass = mapped;
        }
        else
        {
            var candidates = GrainInterfaceRegistry.GrainClasses.Where(interfaceType.IsAssignableFrom).ToList();
            grainClass = candidates.Count switch
            {
                1 => candidates[0],
                0 => throw new InvalidOperationException(
                    $"No grain class implements {interfaceType}. Register the assembly declaring it with GrainRuntimeOptions.AddGrainAssembly."),
                _ => throw new InvalidOperationException(
                    $"Several grain classes implement {interfaceType} ({string.Join(", ", candidates)}); choose one with GrainRuntimeOptions.MapGrainInterface."),
            };
        }

        return new GrainBinding(info, GetClassInfo(grainClass));
    }

    private GrainClassInfo GetClassInfo(Type grainClass) => _classes.GetOrAdd(grainClass, static t => new GrainClassInfo(t));

    private sealed record GrainBinding(GrainInterfaceInfo Interface, GrainClassInfo Class);
}
