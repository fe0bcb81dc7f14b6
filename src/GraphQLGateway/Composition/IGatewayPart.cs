using DigitalPost.GraphQL.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Composition;

/// <summary>
/// One area of the gateway (messages, settings, subscriptions, ...): its services, the resolvers of
/// its schema fragment (<c>Schema/&lt;Part&gt;.graphql</c>) and any plain HTTP endpoints it needs
/// (downloads, uploads, the bulk API). Parts are listed in <see cref="GatewayParts"/>, so the
/// composition is explicit and every area stays in its own folder.
/// </summary>
public interface IGatewayPart
{
    /// <summary>Registers the part's services.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Binds the resolvers, scalars and types of the part's schema fragment.</summary>
    void Bind(SchemaBuilder schema);

    /// <summary>Maps the part's HTTP endpoints besides <c>/graphql</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
