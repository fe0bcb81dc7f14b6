using DigitalPost.GraphQL.Types;
using DigitalPost.GraphQLGateway.Composition;
using DigitalPost.Grains.Interfaces.MassSend;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalPost.GraphQLGateway.MassSend;

/// <summary>
/// The gateway part for mass sends: the bulk HTTP API (<see cref="MassSendApi"/>) and the
/// GraphQL side (<c>Schema/MassSend.graphql</c>, <see cref="MassSendFields"/>). The job service
/// itself (<see cref="IMassSendService"/>) comes from the grains (<c>AddMassSend</c>).
/// </summary>
public sealed class MassSendGatewayPart : IGatewayPart
{
    /// <summary>The configuration section of the upload limits (shared with the job service).</summary>
    public const string LimitsSection = "MassSend:Limits";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MassSendGatewayOptions>().Bind(configuration.GetSection(MassSendGatewayOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(MassSendJobs.Node);
        services.AddOptions<MassSendLimits>().Bind(configuration.GetSection(LimitsSection)).Validate(l =>
        {
            l.Validate();
            return true;
        });
    }

    /// <inheritdoc />
    public void Bind(SchemaBuilder schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<MassSendStatus>("MassSendStatus")
            .BindEnum<MassSendKind>("MassSendKind")
            .BindRuntimeType<MassSendJobStatus>("MassSendJob")
            .BindRuntimeType<MassSendReceipt>("MassSendReceipt")
            .BindRuntimeType<MassSendReceiptCount>("MassSendReceiptCount")
            .BindRuntimeType<MassSendProgress>("MassSendProgress");
        schema.BindType("Query", type => type
            .Field("massSendJob", MassSendFields.JobAsync)
            .Field("massSendJobs", MassSendFields.JobsAsync));
        schema.BindType("MassSendJob", type => type
            .Field("id", MassSendFields.Id)
            .Field("receiptsCsvUrl", MassSendFields.ReceiptsCsvUrl)
            .Field("receiptCounts", MassSendFields.ReceiptCountsAsync)
            .Field("receipts", MassSendFields.ReceiptsAsync));
        schema
            .BindSubscription("Subscription", "massSendProgress", MassSendFields.SubscribeProgressAsync)
            .BindResolver("Subscription", "massSendProgress", context => context.Parent);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMassSendApi();
}
