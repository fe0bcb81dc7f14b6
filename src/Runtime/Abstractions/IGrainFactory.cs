namespace DigitalPost.Runtime;

/// <summary>Creates grain references. A reference is cheap; the grain is activated on its first call.</summary>
public interface IGrainFactory
{
    /// <summary>
    /// A reference to the grain implementing <typeparamref name="TGrainInterface"/> with key
    /// <paramref name="key"/>. The grain exists virtually: no activation happens until a call.
    /// </summary>
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrain;
}
