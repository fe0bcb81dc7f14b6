using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The administration part's root query fields.</summary>
public static class AdministrationQueries
{
    /// <summary>
    /// <c>Query.citizenExemptionStatus(citizenCpr)</c>: municipality staff read the exemption of a citizen of their
    /// municipality through the grain's exemption-only call, so nothing else of the mailbox is reachable this way.
    /// </summary>
    public static async ValueTask<object?> CitizenExemptionStatusAsync(ResolverContext context)
    {
        var (staff, cpr) = await StaffCitizens.RequireAsync(context, "citizenCpr", context.Argument<string>("citizenCpr")).ConfigureAwait(false);
        var actor = staff.ActorFor(MailboxId.ForCitizen(cpr));
        var grain = context.Services.GetRequiredService<IGrainFactory>().CitizenMailbox(cpr);
        var exemption = await GatewayCalls.RunAsync(context, () => grain.GetExemptionAsync(actor)).ConfigureAwait(false);
        return new CitizenExemptionStatus(exemption);
    }
}
