using DigitalPost.Grains.Interfaces.Registry;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>
/// Which municipality may register a citizen's exemption: the one of the citizen's registered Danish address
/// (<see cref="Address.MunicipalityCode"/> in the population registry). A person without an address (emigrated, no
/// permanent residence) belongs to no municipality here, so no staff may register for them through the gateway (the
/// registry keeps no former address). Whether the mailbox can take an exemption (not deceased) is the grain's rule.
/// </summary>
public static class ExemptionJurisdiction
{
    /// <summary>True when staff of municipality <paramref name="staffMunicipalityCode"/> may register an exemption for <paramref name="person"/>.</summary>
    public static bool Covers(int staffMunicipalityCode, Person? person) =>
        person is { Address: { } address } && address.MunicipalityCode == staffMunicipalityCode;
}
