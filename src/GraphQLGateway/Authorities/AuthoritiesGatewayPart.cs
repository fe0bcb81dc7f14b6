using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>The gateway part for the authority directory search.</summary>
public sealed class AuthoritiesGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        PendingFields.Bind(schema, "Query", "authorities", "authority");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
