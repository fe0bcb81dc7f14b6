using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Streams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.Runtime.Hosting;

/// <summary>Registers the probes bulk writers use to find live grains and subscribed streams.</summary>
public static class StreamSubscriberProbeServiceCollectionExtensions
{
    /// <summary>
    /// Wraps the registered <see cref="IStreamProvider"/> (the in-memory one when none is registered
    /// yet) in a <see cref="SubscriberTrackingStreamProvider"/> and registers it as
    /// <see cref="IStreamSubscriberProbe"/>. Call after <c>AddGrainRuntime</c> and after any
    /// other stream provider registration; calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddStreamSubscriberProbe(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IStreamSubscriberProbe)))
        {
            return services;
        }

        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IStreamProvider));
        services.RemoveAll<IStreamProvider>();
        services.AddSingleton(sp => new SubscriberTrackingStreamProvider(CreateInner(sp, inner)));
        services.AddSingleton<IStreamProvider>(sp => sp.GetRequiredService<SubscriberTrackingStreamProvider>());
        services.AddSingleton<IStreamSubscriberProbe>(sp => sp.GetRequiredService<SubscriberTrackingStreamProvider>());
        return services;
    }

    /// <summary>Registers <see cref="IGrainActivationProbe"/> over the runtime's activation table (needs <c>AddGrainRuntime</c>).</summary>
    public static IServiceCollection AddGrainActivationProbe(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGrainActivationProbe>(sp => new GrainActivationProbe(sp.GetRequiredService<GrainRuntime>()));
        return services;
    }

    private static IStreamProvider CreateInner(IServiceProvider services, ServiceDescriptor? descriptor) => descriptor switch
    {
        null => ActivatorUtilities.CreateInstance<InMemoryStreamProvider>(services),
        { ImplementationInstance: IStreamProvider instance } => instance,
        { ImplementationFactory: { } factory } => (IStreamProvider)factory(services),
        { ImplementationType: { } type } => (IStreamProvider)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The registered IStreamProvider cannot be wrapped (keyed or unknown registration)."),
    };
}
