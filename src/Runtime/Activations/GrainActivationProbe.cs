using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime.Activations;

/// <summary><see cref="IGrainActivationProbe"/> over the silo's activation table.</summary>
internal sealed class GrainActivationProbe(GrainRuntime runtime) : IGrainActivationProbe
{
    public bool IsActive(GrainId id) => runtime.Activations.TryGet(id, out var activation) && !activation.IsInvalid;

    public string GrainTypeOf<TGrainInterface>()
        where TGrainInterface : IGrain
    {
        // A reference carries the grain id of the bound class; the key is irrelevant to the type.
        var reference = (GrainReference)(object)runtime.GetGrain<TGrainInterface>("-");
        return reference.GrainId.GrainType;
    }
}
