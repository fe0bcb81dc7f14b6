using System.Collections.Concurrent;
using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>Full directory entries, fetched once per request and authority.</summary>
public static class AuthorityLookup
{
    private const string ItemPrefix = "DigitalPost.Gateway.Authority:";

    /// <summary>The entry of <paramref name="id"/>, or null when the directory does not know it.</summary>
    public static Task<Authority?> GetAsync(ResolverContext context, AuthorityId id)
    {
        ArgumentNullException.ThrowIfNull(context);
        var directory = context.Services.GetRequiredService<IAuthorityDirectory>();
        var key = ItemPrefix + id.Value;
        Lazy<Task<Authority?>> Create() => new(() => directory.GetAsync(id, context.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        if (context.Items is ConcurrentDictionary<string, object?> concurrent)
        {
            return ((Lazy<Task<Authority?>>)concurrent.GetOrAdd(key, _ => Create())!).Value;
        }

        lock (context.Items)
        {
            if (!context.Items.TryGetValue(key, out var existing) || existing is null)
            {
                context.Items[key] = existing = Create();
            }

            return ((Lazy<Task<Authority?>>)existing).Value;
        }
    }

    /// <summary>The full entry behind <paramref name="node"/> (an authority that left the directory after a search has none).</summary>
    public static async ValueTask<Authority?> FullAsync(ResolverContext context, AuthorityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Full ?? await GetAsync(context, node.Id).ConfigureAwait(false);
    }
}
