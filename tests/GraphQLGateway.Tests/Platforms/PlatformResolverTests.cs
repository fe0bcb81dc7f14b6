using System.Net;
using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Subjects;
using DigitalPost.GraphQLGateway.Localization;
using DigitalPost.GraphQLGateway.Platforms;
using DigitalPost.GraphQLGateway.Tests.Authentication;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Testing.Time;
using DomainPlatform = DigitalPost.Grains.Interfaces.Mailboxes.Platform;

namespace DigitalPost.GraphQLGateway.Tests.Platforms;

public sealed class PlatformResolverTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly CitizenSubject Citizen = new(Cpr.Parse("0101901234"));

    [Theory]
    [InlineData("borger.dk", DomainPlatform.BorgerDk)]
    [InlineData("app", DomainPlatform.DigitalPostApp)]
    [InlineData("E-Boks", DomainPlatform.EBoks)]
    [InlineData(" mit.dk ", DomainPlatform.MitDk)]
    public void Wire_names_parse_to_the_domain_platform(string name, DomainPlatform domain)
    {
        Assert.True(GatewayPlatform.TryParse(name, out var platform));
        Assert.Equal(domain, platform.Domain);
    }

    [Theory]
    [InlineData("borgerdk")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("internal")]
    public void Other_names_are_not_platforms(string? name) => Assert.False(GatewayPlatform.TryParse(name, out _));

    [Fact]
    public void Single_platform_token_needs_no_header() =>
        Assert.Equal(GatewayPlatform.App, PlatformResolver.Resolve(User(GatewayPlatform.App), null).Platform);

    [Fact]
    public void Header_naming_the_tokens_only_platform_is_accepted_and_another_is_not()
    {
        Assert.Equal(GatewayPlatform.App, PlatformResolver.Resolve(User(GatewayPlatform.App), "app").Platform);
        Assert.Equal(GatewayErrorCodes.PlatformNotAllowed, PlatformResolver.Resolve(User(GatewayPlatform.App), "mit.dk").ErrorCode);
    }

    [Fact]
    public void Several_platforms_need_the_header_to_choose()
    {
        var user = User(GatewayPlatform.BorgerDk, GatewayPlatform.EBoks);

        Assert.Equal(GatewayErrorCodes.PlatformRequired, PlatformResolver.Resolve(user, null).ErrorCode);
        Assert.Equal(GatewayPlatform.EBoks, PlatformResolver.Resolve(user, "e-boks").Platform);
        Assert.Equal(GatewayErrorCodes.PlatformNotAllowed, PlatformResolver.Resolve(user, "app").ErrorCode);
        Assert.Equal(GatewayErrorCodes.PlatformUnknown, PlatformResolver.Resolve(user, "myspace").ErrorCode);
    }

    [Fact]
    public void Token_without_platform_claim_cannot_choose_one()
    {
        Assert.Equal(GatewayErrorCodes.PlatformRequired, PlatformResolver.Resolve(User(), null).ErrorCode);
        Assert.Equal(GatewayErrorCodes.PlatformNotAllowed, PlatformResolver.Resolve(User(), "app").ErrorCode);
    }

    [Fact]
    public async Task Platform_comes_from_the_token_or_the_header_over_http()
    {
        var keys = new TestKeys();
        await using var server = await GatewayTestServer.StartAsync("Production", keys.Configuration(), new ManualTimeProvider(Start));
        var single = TestKeys.Sign(keys.RsaKey, TestKeys.Claims(Start, platform: "mit.dk"));
        var several = TestKeys.Sign(keys.RsaKey, TestKeys.Claims(Start, platform: new[] { "app", "borger.dk" }));

        Assert.Equal("mit.dk", await (await server.GetWithTokenAsync("platform", single)).Content.ReadAsStringAsync());
        Assert.Equal("borger.dk", await (await server.GetWithTokenAsync("platform", several, "borger.dk")).Content.ReadAsStringAsync());
        using var missing = await server.GetWithTokenAsync("platform", several);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains(GatewayErrorCodes.PlatformRequired, await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_with_an_unknown_platform_claim_is_refused()
    {
        var keys = new TestKeys();
        await using var server = await GatewayTestServer.StartAsync("Production", keys.Configuration(), new ManualTimeProvider(Start));

        using var response = await server.GetWithTokenAsync("whoami", TestKeys.Sign(keys.RsaKey, TestKeys.Claims(Start, platform: "facebook")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static System.Security.Claims.ClaimsPrincipal User(params GatewayPlatform[] platforms) =>
        GatewayPrincipal.Create(Citizen, platforms, JwtBearerGatewayDefaults.AuthenticationScheme);
}
