using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication.Subjects;

namespace DigitalPost.GraphQLGateway.Authentication;

/// <summary>
/// The identity <see cref="GatewayPrincipal.Create"/> builds: besides its claims it keeps the subject they were made
/// from, so <see cref="GatewayPrincipal.GetSubject"/> (asked several times per request: context factory, response cache,
/// uploads) need not parse the subject claim again. The claim stays the source of truth: the kept subject is used only
/// while the principal's subject claim is still the very string it was created with. A <em>sealed</em> identity (one
/// that several requests share, <see cref="GatewayPrincipal.CreateShared"/>) refuses every change of its claims, so no
/// request can leave anything behind for the next one.
/// </summary>
internal sealed class GatewayIdentity : ClaimsIdentity
{
    private readonly bool _sealed;

    public GatewayIdentity(IEnumerable<Claim> claims, string authenticationType, GatewaySubject subject, string subjectValue, bool sealedClaims = false)
        : base(claims, authenticationType, GatewayClaimTypes.MaskedSubject, null)
    {
        Subject = subject;
        SubjectValue = subjectValue;
        _sealed = sealedClaims;
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

    /// <summary>
    /// The platforms of a sealed identity's claims, kept by <see cref="Platforms.PlatformResolver.AllowedPlatforms"/> the
    /// first time they are read (its claims cannot change, so neither can the answer).
    /// </summary>
    internal IReadOnlyList<Platforms.GatewayPlatform>? SealedPlatforms { get; set; }

    /// <summary>Whether the claims are fixed (a shared identity).</summary>
    public bool IsSealed => _sealed;

    /// <summary>A clone is the caller's own copy: it can be changed.</summary>
    public override ClaimsIdentity Clone() => new GatewayIdentity(this);

    public override void AddClaim(Claim claim)
    {
        ThrowIfSealed();
        base.AddClaim(claim);
    }

    public override void AddClaims(IEnumerable<Claim?> claims)
    {
        ThrowIfSealed();
        base.AddClaims(claims);
    }

    public override void RemoveClaim(Claim? claim)
    {
        ThrowIfSealed();
        base.RemoveClaim(claim);
    }

    public override bool TryRemoveClaim(Claim? claim)
    {
        ThrowIfSealed();
        return base.TryRemoveClaim(claim);
    }

    private void ThrowIfSealed()
    {
        if (_sealed)
        {
            throw new InvalidOperationException("This identity is shared by the requests of a connection and cannot be changed; Clone() the principal to change it.");
        }
    }
}
