using System.ComponentModel;
using DigitalPost.Runtime.Activations;
using DigitalPost.Runtime.Serialization;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>What a generated reference passes on to <see cref="GrainReference"/>'s constructor.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct GrainReferenceArgs
{
    internal GrainReferenceArgs(GrainRuntime? runtime, GrainId id, int partition, GrainClassInfo? grainClass, GrainInterfaceInfo grainInterface, TimeSpan? timeout, InvocationRecorder? recorder)
    {
        Runtime = runtime;
        Id = id;
        Partition = partition;
        GrainClass = grainClass;
        Interface = grainInterface;
        Timeout = timeout;
        Recorder = recorder;
    }

    internal GrainRuntime? Runtime { get; }

    internal GrainId Id { get; }

    internal int Partition { get; }

    internal GrainClassInfo? GrainClass { get; }

    internal GrainInterfaceInfo Interface { get; }

    internal TimeSpan? Timeout { get; }

    internal InvocationRecorder? Recorder { get; }
}
