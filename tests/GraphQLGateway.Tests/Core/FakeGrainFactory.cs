using System.Collections.Concurrent;
using System.Reflection;
using DigitalPost.Runtime;

namespace DigitalPost.GraphQLGateway.Tests.Core;

/// <summary>
/// Grain references whose methods are answered by handlers keyed by "key/method name"; every call is recorded. Unhandled
/// calls throw, so a test states every grain call it expects.
/// </summary>
internal sealed class FakeGrainFactory : IGrainFactory
{
    private readonly ConcurrentDictionary<string, Func<object?[], object?>> _handlers = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Calls { get; } = new();

    public void Handle(string key, string method, Func<object?[], object?> handler) => _handlers[key + "/" + method] = handler;

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrain
    {
        var proxy = DispatchProxy.Create<TGrainInterface, GrainProxy>();
        var grain = (GrainProxy)(object)proxy!;
        grain.Factory = this;
        grain.Key = key;
        grain.Interface = typeof(TGrainInterface);
        return proxy;
    }

    internal object? Invoke(Type grainInterface, string key, MethodInfo method, object?[] args)
    {
        Calls.Enqueue($"{grainInterface.Name}:{key}/{method.Name}");
        if (!_handlers.TryGetValue(key + "/" + method.Name, out var handler))
        {
            throw new InvalidOperationException($"Unexpected grain call {grainInterface.Name}:{key}/{method.Name}.");
        }

        return handler(args);
    }

#pragma warning disable CA1852 // DispatchProxy needs a non-sealed proxy type.
    public class GrainProxy : DispatchProxy
#pragma warning restore CA1852
    {
        internal FakeGrainFactory Factory { get; set; } = null!;

        internal string Key { get; set; } = null!;

        internal Type Interface { get; set; } = null!;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            Factory.Invoke(Interface, Key, targetMethod!, args ?? []);
    }
}
