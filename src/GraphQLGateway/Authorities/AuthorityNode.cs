using DigitalPost.Grains.Interfaces.AuthorityDirectory;
using DigitalPost.Grains.Interfaces.Identity;

namespace DigitalPost.GraphQLGateway.Authorities;

/// <summary>
/// The runtime value of the schema's <c>Authority</c>: what a search lists (<see cref="AuthoritySummary"/>), with the full
/// directory entry (codes, contact points) loaded only when a query asks for it (<see cref="AuthorityLookup"/>).
/// </summary>
public sealed record AuthorityNode(AuthorityId Id, string Name, AuthorityKind Kind, Cvr Cvr, Authority? Full = null)
{
    public static AuthorityNode From(AuthoritySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new(summary.Id, summary.Name, summary.Kind, summary.Cvr);
    }

    public static AuthorityNode From(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new(authority.Id, authority.Name, authority.Kind, authority.Cvr, authority);
    }
}
