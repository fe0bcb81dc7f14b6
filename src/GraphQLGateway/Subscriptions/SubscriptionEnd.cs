using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQLGateway.Subscriptions;

/// <summary>
/// The last item of a source stream that ends because of the server (access gone, subscriber too
/// slow): the root field throws <see cref="Error"/>, so the client gets a <c>next</c> whose errors
/// carry the code, then <c>complete</c>. (An exception out of the source stream would reach the
/// client only as an unexpected error.)
/// </summary>
internal sealed record SubscriptionEnd(GraphQLException Error);
