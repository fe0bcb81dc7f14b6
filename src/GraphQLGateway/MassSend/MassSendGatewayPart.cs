using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.Grains.Interfaces.MassSend;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>
/// The gateway part for mass sends: the bulk HTTP API (<see cref="MassSendApi"/>). The job service
/// itself (<see cref="IMassSendService"/>) comes from the grains (<c>AddMassSend</c>).
/// </summary>
public sealed class MassSendGatewayPart : IGatewayPart
{
    /// <summary>The configuration section of the upload limits (shared with the job service).</summary>
    public const string LimitsSection = "MassSend:Limits";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MassSendLimits>().Bind(configuration.GetSection(LimitsSection)).Validate(l =>
        {
            l.Validate();
            return true;
        });
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMassSendApi();
}
