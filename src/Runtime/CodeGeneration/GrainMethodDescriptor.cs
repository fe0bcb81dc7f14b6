using System.ComponentModel;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// Static description of one grain interface method, emitted by the source generator: its stable
/// id (a hash of interface, name and parameter types, so it survives reordering and other
/// silos' builds), interleaving kind, optional deadline and a factory for an empty invocation
/// (used to re-create a serialised call).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GrainMethodDescriptor(
    Type interfaceType,
    string methodName,
    uint methodId,
    InvocationKind kind,
    long timeoutTicks,
    Func<GrainInvocation> createInvocation)
{
    /// <summary>The grain interface declaring the method.</summary>
    public Type InterfaceType { get; } = interfaceType;

    /// <summary>The interface's full name, used on the wire.</summary>
    public string InterfaceName { get; } = interfaceType.FullName ?? interfaceType.Name;

    /// <summary>The method's name.</summary>
    public string MethodName { get; } = methodName;

    /// <summary>The stable method id.</summary>
    public uint MethodId { get; } = methodId;

    /// <summary>How calls to the method interleave.</summary>
    public InvocationKind Kind { get; } = kind;

    /// <summary>The deadline from <see cref="ResponseTimeoutAttribute"/>, or null for the runtime default.</summary>
    public TimeSpan? Timeout { get; } = timeoutTicks > 0 ? TimeSpan.FromTicks(timeoutTicks) : null;

    /// <summary>Creates an invocation with default arguments.</summary>
    public GrainInvocation CreateInvocation() => createInvocation();
}
