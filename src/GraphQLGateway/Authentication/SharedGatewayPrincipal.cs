using System.Security.Claims;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// A principal several requests use one after the other (<see cref="GatewayPrincipal.CreateShared"/>): its one sealed
/// <see cref="GatewayIdentity"/> cannot be changed, and no identity can be added, so a request cannot pass anything on to
/// the next. <see cref="Clone"/> gives an ordinary, changeable copy.
/// </summary>
internal sealed class SharedGatewayPrincipal : ClaimsPrincipal
{
    public SharedGatewayPrincipal(GatewayIdentity identity)
        : base(identity)
    {
    }

    public override void AddIdentity(ClaimsIdentity identity) =>
        throw new InvalidOperationException("This principal is shared by the requests of a connection and cannot be changed; Clone() it to change it.");

    public override void AddIdentities(IEnumerable<ClaimsIdentity> identities) =>
        throw new InvalidOperationException("This principal is shared by the requests of a connection and cannot be changed; Clone() it to change it.");

    public override ClaimsPrincipal Clone() => new(Identities.Select(identity => identity.Clone()));
}
