using DigitalPost.GraphQL.Execution;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>
/// A part's node type, registered in its <c>AddServices</c>:
/// <c>services.AddSingleton(new NodeRegistration("Message", MessageNodes.ResolveAsync));</c>.
/// <see cref="NodeRegistry"/> collects every registration.
/// </summary>
/// <param name="TypeName">The schema's object type (implements <c>Node</c>), also the type name inside its <see cref="GlobalId"/>.</param>
/// <param name="Resolve">Loads the object from the id's key (see <see cref="NodeRegistry.Register"/>).</param>
public sealed record NodeRegistration(string TypeName, Func<ResolverContext, string, ValueTask<object?>> Resolve);
