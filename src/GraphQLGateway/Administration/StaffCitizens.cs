using DigitalPost.GraphQL.Execution;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Registry;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>
/// The one gate of every municipality staff operation on a citizen named by CPR (register an exemption, read the exemption
/// status): any other caller is FORBIDDEN before the CPR is looked at; a malformed CPR is VALIDATION (naming the field,
/// never the number); a citizen outside the staff's municipality (<see cref="ExemptionJurisdiction"/>) and a CPR the
/// registry does not know are the same NOT_FOUND, so staff cannot probe who lives elsewhere.
/// </summary>
public static class StaffCitizens
{
    /// <summary>The viewer (municipality staff) and the citizen's CPR, once every check above has passed.</summary>
    public static async ValueTask<(GatewayViewer Staff, Cpr Citizen)> RequireAsync(ResolverContext context, string field, string? cprText)
    {
        ArgumentNullException.ThrowIfNull(context);
        var viewer = context.Viewer();
        if (viewer.Subject is not MunicipalStaffSubject staff)
        {
            throw GatewayErrors.Forbidden(context);
        }

        if (SettingsInputValidator.CheckCpr(field, cprText, out var cpr) is { } check)
        {
            throw InputErrors.Invalid(context, check.Field, check.Problem);
        }

        var registry = context.Services.GetRequiredService<IPopulationRegistry>();
        var person = await registry.GetPersonAsync(cpr, context.CancellationToken).ConfigureAwait(false);
        if (!ExemptionJurisdiction.Covers(staff.MunicipalityCode, person))
        {
            throw GatewayErrors.Inaccessible(context);
        }

        return (viewer, cpr);
    }
}
