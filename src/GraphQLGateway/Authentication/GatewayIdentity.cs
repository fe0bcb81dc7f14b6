using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Subjects;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// The identity <see cref="GatewayPrincipal.Create"/> builds: besides its claims it keeps the subject they were made
/// from, so <see cref="GatewayPrincipal.GetSubject"/> (asked several times per request: context factory, response cache,
/// uploads) need not parse the subject claim again. The claim stays the source of truth: the kept subject is used only
/// while the principal's subject claim is still the very string it was created with.
/// </summary>
internal sealed class GatewayIdentity : ClaimsIdentity
{
    public GatewayIdentity(IEnumerable<Claim> claims, string authenticationType, GatewaySubject subject, string subjectValue)
        : base(claims, authenticationType, GatewayClaimTypes.MaskedSubject, null)
    {
        Subject = subject;
        SubjectValue = subjectValue;
    }

    private GatewayIdentity(GatewayIdentity other)
        : base(other)
    {
        Subject = other.Subject;
        SubjectValue = other.SubjectValue;
    }

    /// <summary>The subject the claims were made from.</summary>
    public GatewaySubject Subject { get; }

    /// <summary>The exact string of the subject claim at creation.</summary>
    public string SubjectValue { get; }

    public override ClaimsIdentity Clone() => new GatewayIdentity(this);
}
