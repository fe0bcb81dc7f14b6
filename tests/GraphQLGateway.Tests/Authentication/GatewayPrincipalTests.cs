using System.Security.Claims;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Platforms;

namespace DigitalPost.GraphQLGateway.Tests.Authentication;

/// <summary>The principal keeps the subject it was made from; its subject claim stays the source of truth.</summary>
public sealed class GatewayPrincipalTests
{
    [Fact]
    public void The_subject_of_a_created_principal_is_the_subject_it_was_made_from()
    {
        var subject = Parse("cpr:0101901234");
        var principal = GatewayPrincipal.Create(subject, [GatewayPlatform.BorgerDk], "Bearer");

        Assert.Equal(subject, principal.GetSubject());
        Assert.Equal("cpr:010190-****", principal.Identity!.Name);
        Assert.Equal([GatewayPlatform.BorgerDk], PlatformResolver.AllowedPlatforms(principal));
    }

    [Fact]
    public void A_replaced_subject_claim_is_parsed_again()
    {
        var principal = GatewayPrincipal.Create(Parse("cpr:0101901234"), [GatewayPlatform.BorgerDk], "Bearer");
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.RemoveClaim(identity.FindFirst(GatewayClaimTypes.Subject));
        identity.AddClaim(new Claim(GatewayClaimTypes.Subject, "cpr:0202801234"));

        Assert.Equal(Parse("cpr:0202801234"), principal.GetSubject());
    }

    [Fact]
    public void A_removed_subject_claim_gives_no_subject()
    {
        var principal = GatewayPrincipal.Create(Parse("cpr:0101901234"), [GatewayPlatform.BorgerDk], "Bearer");
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.RemoveClaim(identity.FindFirst(GatewayClaimTypes.Subject));

        Assert.Null(principal.GetSubject());
    }

    [Fact]
    public void A_cloned_principal_keeps_its_subject()
    {
        var subject = Parse("cvr:12345678/cpr:0101901234");
        var clone = GatewayPrincipal.Create(subject, [GatewayPlatform.BorgerDk, GatewayPlatform.App], "Bearer").Clone();

        Assert.Equal(subject, clone.GetSubject());
        Assert.Equal([GatewayPlatform.BorgerDk, GatewayPlatform.App], PlatformResolver.AllowedPlatforms(clone));
    }

    [Fact]
    public void Foreign_and_anonymous_principals_are_parsed_or_have_no_subject()
    {
        var foreign = new ClaimsPrincipal(new ClaimsIdentity([new Claim(GatewayClaimTypes.Subject, "cpr:0101901234")], "Other"));
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(GatewayClaimTypes.Subject, "cpr:0101901234")]));

        Assert.Equal(Parse("cpr:0101901234"), foreign.GetSubject());
        Assert.Null(anonymous.GetSubject());
        Assert.Null(new ClaimsPrincipal().GetSubject());
    }

    private static GatewaySubject Parse(string text) =>
        GatewaySubject.TryParse(text, out var subject, out var error) ? subject! : throw new InvalidOperationException(error);
}
