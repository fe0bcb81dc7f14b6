using System.Collections.Concurrent;
using System.ComponentModel;

namespace DigitalPost.Runtime.CodeGeneration;

/// <summary>
/// Process-wide registry filled by generated module initializers: grain interfaces (with their
/// reference factories and methods) and grain classes. The runtime reads it when a grain
/// interface or grain type is first used; nothing here is touched on the call path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainInterfaceRegistry
{
    private static readonly ConcurrentDictionary<Type, GrainInterfaceInfo> s_byType = new();
    private static readonly ConcurrentDictionary<string, GrainInterfaceInfo> s_byName = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, bool> s_grainClasses = new();

    /// <summary>Registers a grain interface; a second registration of the same interface is ignored.</summary>
    public static void RegisterInterface(GrainInterfaceInfo info)
    {
        if (s_byType.TryAdd(info.InterfaceType, info))
        {
            s_byName.TryAdd(info.InterfaceType.FullName ?? info.InterfaceType.Name, info);
        }
    }

    /// <summary>Registers a grain class (a non-abstract class deriving from <see cref="Grain"/> that implements grain interfaces).</summary>
    public static void RegisterGrainClass(Type grainClass) => s_grainClasses.TryAdd(grainClass, true);

    /// <summary>Looks up a registered interface.</summary>
    public static bool TryGetInterface(Type interfaceType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GrainInterfaceInfo? info)
        => s_byType.TryGetValue(interfaceType, out info);

    /// <summary>Looks up a registered interface by full name (the wire form).</summary>
    public static bool TryGetInterface(string interfaceName, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GrainInterfaceInfo? info)
        => s_byName.TryGetValue(interfaceName, out info);

    /// <summary>Every registered grain class.</summary>
    public static IReadOnlyCollection<Type> GrainClasses => (IReadOnlyCollection<Type>)s_grainClasses.Keys;
}
