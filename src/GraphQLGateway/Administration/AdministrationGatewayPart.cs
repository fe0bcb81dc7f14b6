using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The gateway part for the authority, municipality staff and agency operations.</summary>
public sealed class AdministrationGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        PendingFields.Bind(schema, "Mutation", "sendMeMo", "recallMessage", "registerExemption", "grantEstateAccess");
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
