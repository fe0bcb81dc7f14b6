using System.ComponentModel;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>A grain interface as registered by generated code: its reference factory and its methods.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GrainInterfaceInfo
{
    private readonly Dictionary<uint, GrainMethodDescriptor> _methods;

    public GrainInterfaceInfo(Type interfaceType, Func<GrainReferenceArgs, GrainReference> createReference, IReadOnlyList<GrainMethodDescriptor> methods)
    {
        InterfaceType = interfaceType;
        CreateReference = createReference;
        Methods = methods;
        _methods = methods.ToDictionary(m => m.MethodId);
    }

    /// <summary>The grain interface.</summary>
    public Type InterfaceType { get; }

    /// <summary>Creates a reference implementing <see cref="InterfaceType"/>.</summary>
    public Func<GrainReferenceArgs, GrainReference> CreateReference { get; }

    /// <summary>Every method, including those inherited from base grain interfaces.</summary>
    public IReadOnlyList<GrainMethodDescriptor> Methods { get; }

    /// <summary>Finds a method by its stable id.</summary>
    public bool TryGetMethod(uint methodId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GrainMethodDescriptor? method)
        => _methods.TryGetValue(methodId, out method);
}
