using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQL.Types;

/// <summary>Produces the source event stream of a subscription field (spec: ResolveFieldEventStream).</summary>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolverContext context);
