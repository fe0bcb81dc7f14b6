using System.Reflection;
using System.Text.Json;

namespace DigitalPost.Runtime;

/// <summary>Settings of the grain runtime (<c>services.AddGrainRuntime(o => ...)</c>).</summary>
public sealed class GrainRuntimeOptions
{
    /// <summary>
    /// An activation with no call for this long is deactivated (default 5 minutes). Checked every
    /// <see cref="CollectionInterval"/>, so deactivation happens between this and this plus one interval.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often idle activations are looked for (default 1 minute).</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Deadline of a grain call unless the interface or method has <see cref="ResponseTimeoutAttribute"/>
    /// (default 30 seconds; <see cref="Timeout.InfiniteTimeSpan"/> disables it). An expired call fails
    /// with <see cref="GrainCallTimeoutException"/>; a call still queued at its deadline is not run.
    /// </summary>
    public TimeSpan DefaultCallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for reading state and <c>OnActivateAsync</c>; its token is cancelled after it (default 30 seconds).</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for <c>OnDeactivateAsync</c>; its token is cancelled after it (default 30 seconds).</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Number of partitions grain keys hash to (default 4096; must be the same on every silo of a cluster).</summary>
    public int PartitionCount { get; set; } = 4096;

    /// <summary>This silo's id in the partition directory (default: machine name and process id).</summary>
    public string SiloId { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Smallest allowed period of a periodic reminder (default 1 minute, as Orleans); zero-period reminders fire once.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Work items (turns and continuations) one activation runs before yielding its thread to other
    /// activations (default 64).
    /// </summary>
    public int MaxWorkItemsPerSlice { get; set; } = 64;

    /// <summary>Events a stream subscription may have waiting before it is ended with an overflow error (default 10,000).</summary>
    public int MaxQueuedEventsPerSubscription { get; set; } = 10_000;

    /// <summary>Rounds of "deactivate everything" at shutdown; grains activated by other grains' OnDeactivateAsync need another round (default 5).</summary>
    public int ShutdownDeactivationRounds { get; set; } = 5;

    /// <summary>Serialisation of grain state and of serialised calls (default: <see cref="JsonSerializerDefaults.Web"/>).</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <summary>Assemblies whose generated grain registrations must run at start-up (grain classes and interfaces declared there).</summary>
    public IList<Assembly> GrainAssemblies { get; } = [];

    /// <summary>Explicit grain interface → grain class mappings, for interfaces implemented by more than one class.</summary>
    public IDictionary<Type, Type> InterfaceMappings { get; } = new Dictionary<Type, Type>();

    /// <summary>Registers the generated grain interfaces and classes of <paramref name="assembly"/>.</summary>
    public GrainRuntimeOptions AddGrainAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!GrainAssemblies.Contains(assembly))
        {
            GrainAssemblies.Add(assembly);
        }

        return this;
    }

    /// <summary>Maps <typeparamref name="TInterface"/> to <typeparamref name="TGrain"/> (needed only when several classes implement it).</summary>
    public GrainRuntimeOptions MapGrainInterface<TInterface, TGrain>()
        where TInterface : IGrain
        where TGrain : TInterface
    {
        InterfaceMappings[typeof(TInterface)] = typeof(TGrain);
        return this;
    }

    internal void Validate()
    {
        if (IdleTimeout <= TimeSpan.Zero || CollectionInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("GrainRuntimeOptions.IdleTimeout and CollectionInterval must be positive.");
        }

        if (PartitionCount < 1)
        {
            throw new InvalidOperationException("GrainRuntimeOptions.PartitionCount must be at least 1.");
        }

        if (MaxWorkItemsPerSlice < 1 || MaxQueuedEventsPerSubscription < 1 || ShutdownDeactivationRounds < 1)
        {
            throw new InvalidOperationException("GrainRuntimeOptions limits must be at least 1.");
        }
    }
}
