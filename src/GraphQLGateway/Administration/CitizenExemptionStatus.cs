using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Administration;

/// <summary>The schema's <c>CitizenExemptionStatus</c>: whether a citizen is exempt, and the exemption if so.</summary>
public sealed record CitizenExemptionStatus(ExemptionRecord? Exemption)
{
    public bool Exempt => Exemption is not null;
}
