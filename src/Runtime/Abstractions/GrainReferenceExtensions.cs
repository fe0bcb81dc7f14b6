using DigitalPost.Runtime.CodeGeneration;

namespace DigitalPost.Runtime;

/// <summary>Per-reference call options.</summary>
public static class GrainReferenceExtensions
{
    /// <summary>
    /// A reference to the same grain whose calls have deadline <paramref name="timeout"/>, overriding the
    /// runtime default and any <see cref="ResponseTimeoutAttribute"/>.
    /// </summary>
    public static TGrainInterface WithResponseTimeout<TGrainInterface>(this TGrainInterface grain, TimeSpan timeout)
        where TGrainInterface : IGrain
    {
        if (grain is not GrainReference reference)
        {
            throw new ArgumentException("Not a grain reference created by the grain factory.", nameof(grain));
        }

        return (TGrainInterface)(object)reference.Runtime.WithTimeout(reference, timeout);
    }
}
