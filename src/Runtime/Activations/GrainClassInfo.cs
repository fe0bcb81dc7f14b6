using System.Reflection;

namespace DigitalPost.Runtime.Activations;

/// <summary>A grain class as the runtime uses it: grain type name, reentrancy and how to construct it.</summary>
internal sealed class GrainClassInfo
{
    private GrainActivator? _activator;

    public GrainClassInfo(Type classType)
    {
        ClassType = classType;
        GrainType = classType.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? classType.FullName ?? classType.Name;
        Reentrant = classType.GetCustomAttribute<ReentrantAttribute>(inherit: true) is not null;
    }

    public Type ClassType { get; }

    public string GrainType { get; }

    public bool Reentrant { get; }

    /// <summary>Built on first activation: constructor selection is reflection, kept off the call path.</summary>
    public GrainActivator Activator => _activator ??= new GrainActivator(ClassType);
}
