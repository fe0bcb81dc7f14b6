using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.GraphQLGateway.Composition;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>
/// The gateway part for the authority directory ("Choose authority"): search with Relay cursors and authorities by id, over
/// <see cref="IAuthorityDirectory"/> (registered by the silo).
/// </summary>
public sealed class AuthoritiesGatewayPart : IGatewayPart
{
    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(AuthorityFields.Node);
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<AuthorityKind>("AuthorityKind")
            .BindRuntimeType<AuthorityNode>("Authority")
            .BindRuntimeType<AuthorityConnection>("AuthorityConnection")
            .BindRuntimeType<AuthorityEdge>("AuthorityEdge")
            .BindRuntimeType<ContactPoint>("ContactPoint")
            .BindRuntimeType<ContactPointCategory>("ContactPointCategory");

        schema.BindType("Query", type => type
            .Field("authorities", AuthorityFields.SearchAsync)
            .Field("authority", AuthorityFields.AuthorityAsync));

        schema.BindType("Authority", type => type
            .Field("id", AuthorityFields.Id)
            .Field("authorityId", AuthorityFields.AuthorityId)
            .Field("cvr", AuthorityFields.Cvr)
            .Field("municipalityCode", AuthorityFields.MunicipalityCodeAsync)
            .Field("regionCode", AuthorityFields.RegionCodeAsync)
            .Field("contactPoints", AuthorityFields.ContactPointsAsync));

        schema.BindType("ContactPoint", type => type
            .Field("contactPointId", AuthorityFields.ContactPointId)
            .Field("citizenMaxAttachmentBytes", AuthorityFields.CitizenMaxAttachmentBytes)
            .Field("businessMaxAttachmentBytes", AuthorityFields.BusinessMaxAttachmentBytes));

        schema.BindType("ContactPointCategory", type => type.Field("categoryId", AuthorityFields.CategoryId));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
