namespace DigitalPost.Runtime;

/// <summary>
/// Tells whether a grain has an activation in this silo, without activating it. For bulk writers
/// that bypass the grain (a mass send writes a million mailboxes in batches) and must tell only the
/// grains that are live. The answer can be stale the moment it is given: use it to decide whom to
/// notify, never for correctness.
/// </summary>
public interface IGrainActivationProbe
{
    /// <summary>True when <paramref name="id"/> has an activation in this silo that is not deactivated.</summary>
    bool IsActive(GrainId id);

    /// <summary>The grain type name (<see cref="GrainTypeAttribute"/>) of the class bound to <typeparamref name="TGrainInterface"/>.</summary>
    string GrainTypeOf<TGrainInterface>()
        where TGrainInterface : IGrain;
}
