using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Core;

/// <summary>The gateway part for the viewer, node(id:), mailbox(id:), global ids and access resolution.</summary>
public sealed class CoreGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        PendingFields.Bind(schema, "Query", "viewer", "node", "nodes", "mailbox");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
