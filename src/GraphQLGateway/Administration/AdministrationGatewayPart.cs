using DigitalPost.GraphQL.Types;
using DigitalPost.Grains.Interfaces.Receipts;
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
        ArgumentNullException.ThrowIfNull(schema);
        schema
            .BindEnum<ReceiptStatus>("ReceiptStatus")
            .BindRuntimeType<Receipt>("Receipt")
            .BindType("Receipt", type => type
                .Field("recipient", context => ((Receipt)context.Parent!).RecipientId)
                .Field("reason", context => ((Receipt)context.Parent!).ReasonCode));

        schema.BindResolver("Mailbox", "sentReceipts", AdministrationMailboxFields.SentReceiptsAsync);
        schema.BindRuntimeType<CitizenExemptionStatus>("CitizenExemptionStatus");
        schema.BindResolver("Query", "citizenExemptionStatus", AdministrationQueries.CitizenExemptionStatusAsync);

        schema.BindType("Mutation", type => type
            .Field("sendMeMo", AdministrationMutations.SendMeMoAsync)
            .Field("recallMessage", AdministrationMutations.RecallMessageAsync)
            .Field("registerExemption", AdministrationMutations.RegisterExemptionAsync)
            .Field("grantEstateAccess", AdministrationMutations.GrantEstateAccessAsync));
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
