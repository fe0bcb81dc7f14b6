using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// Dispatches <c>node(id:)</c> by the type name inside the <see cref="GlobalId"/> to the resolver its part registered
/// (a singleton service filled from every <see cref="NodeRegistration"/> in the container, and by <see cref="Register"/>).
/// </summary>
public sealed class NodeRegistry
{
    private readonly ConcurrentDictionary<string, Func<ResolverContext, string, ValueTask<object?>>> _resolvers = new(StringComparer.Ordinal);

    public NodeRegistry(IEnumerable<NodeRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        foreach (var registration in registrations)
        {
            Register(registration.TypeName, registration.Resolve);
        }
    }

    /// <summary>The registered type names.</summary>
    public IReadOnlyCollection<string> TypeNames => _resolvers.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Registers the resolver of <paramref name="typeName"/>; a second registration of one type is a programming error.
    /// <paramref name="resolve"/> gets the key inside the id and returns the same runtime value the type's field resolvers
    /// expect (bound with <c>BindRuntimeType</c>), or null when the viewer may not see it or it does not exist (throwing
    /// <see cref="GatewayErrors.Inaccessible"/> is the same).
    /// </summary>
    public void Register(string typeName, Func<ResolverContext, string, ValueTask<object?>> resolve)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(resolve);
        if (!_resolvers.TryAdd(typeName, resolve))
        {
            throw new InvalidOperationException($"Node type {typeName} is registered twice.");
        }
    }

    /// <summary>True when a resolver for <paramref name="typeName"/> is registered.</summary>
    public bool IsRegistered(string typeName) => _resolvers.ContainsKey(typeName);

    /// <summary>The object behind <paramref name="id"/>; NOT_FOUND for a malformed id, an unknown type, or an object the viewer may not see.</summary>
    public async ValueTask<object> ResolveAsync(ResolverContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!GlobalId.TryDecode(id, out var typeName, out var key) || !_resolvers.TryGetValue(typeName, out var resolve))
        {
            throw GatewayErrors.Inaccessible(context);
        }

        return await resolve(context, key).ConfigureAwait(false) ?? throw GatewayErrors.Inaccessible(context);
    }
}
