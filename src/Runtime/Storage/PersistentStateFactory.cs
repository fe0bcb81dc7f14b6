using DigitalPost.Runtime.Activations;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.Runtime.Storage;

/// <summary>Creates the persistent state for one <see cref="PersistentStateAttribute"/> parameter of a grain constructor.</summary>
internal static class PersistentStateFactory<TState>
{
    public static object Create(IServiceProvider services, ActivationData activation, PersistentStateAttribute attribute)
    {
        var storage = attribute.StorageName is null
            ? services.GetRequiredService<IGrainStorage>()
            : services.GetRequiredKeyedService<IGrainStorage>(attribute.StorageName);
        var key = new GrainStateKey(activation.Id.GrainType, activation.Id.Key, attribute.StateName);
        var state = new PersistentState<TState>(key, storage, activation.Runtime.Options.JsonSerializerOptions);
        activation.AddState(state);
        return state;
    }
}
