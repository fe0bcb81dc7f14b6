using DigitalPost.GraphQLGateway.Authentication;
using DigitalPost.GraphQLGateway.Authentication.Jwt;
using DigitalPost.Testing.Time;

namespace DigitalPost.GraphQLGateway.Tests.Authentication.Caching;

public sealed class ValidatedTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly TestKeys _keys = new();
    private readonly ManualTimeProvider _time = new(Start);

    private GatewayTokenValidator Validator(int cacheSize = 100)
    {
        var options = new JwtBearerGatewayOptions { TimeProvider = _time, ClockSkew = TimeSpan.FromMinutes(1), ValidatedTokenCacheSize = cacheSize };
        options.ValidIssuers.Add(TestKeys.Issuer);
        options.ValidAudiences.Add(TestKeys.Audience);
        options.SigningKeys.Add(_keys.EcKey);
        return new GatewayTokenValidator(options, null);
    }

    [Fact]
    public async Task Repeated_valid_token_is_cached_once_and_gives_a_fresh_equal_principal_each_time()
    {
        var validator = Validator();
        var token = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start, platform: new[] { "app", "e-boks" }));

        var first = await validator.ValidateAsync(token, CancellationToken.None);
        var second = await validator.ValidateAsync(token, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.True(second.Succeeded);
        Assert.Equal(1, validator.CachedTokenCount);
        Assert.NotSame(first.Principal, second.Principal);
        Assert.Equal(
            first.Principal!.Claims.Select(c => (c.Type, c.Value)),
            second.Principal!.Claims.Select(c => (c.Type, c.Value)));
        Assert.Equal(first.Principal.GetSubject(), second.Principal.GetSubject());
    }

    [Fact]
    public async Task Refused_token_is_never_cached_and_stays_refused()
    {
        var validator = Validator();
        var good = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start));
        var forged = good[..^4] + (good[^4] == 'A' ? "BBBB" : "AAAA");
        var wrongAudience = TestKeys.Claims(Start);
        wrongAudience["aud"] = "someone-else";
        var otherAudience = TestKeys.Sign(_keys.EcKey, wrongAudience);

        for (var i = 0; i < 3; i++)
        {
            Assert.False((await validator.ValidateAsync(forged, CancellationToken.None)).Succeeded);
            Assert.Equal(JwtFailure.WrongAudience, (await validator.ValidateAsync(otherAudience, CancellationToken.None)).Failure);
        }

        Assert.Equal(0, validator.CachedTokenCount);
        Assert.True((await validator.ValidateAsync(good, CancellationToken.None)).Succeeded);
        Assert.Equal(1, validator.CachedTokenCount);
    }

    [Fact]
    public async Task Cached_token_is_refused_from_exp_plus_clock_skew()
    {
        var validator = Validator();
        var token = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start));
        Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);

        _time.Advance(TimeSpan.FromMinutes(31) - TimeSpan.FromSeconds(1));
        Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);

        _time.Advance(TimeSpan.FromSeconds(1));
        var late = await validator.ValidateAsync(token, CancellationToken.None);

        Assert.Equal(JwtFailure.Expired, late.Failure);
        Assert.Equal(0, validator.CachedTokenCount);
    }

    [Fact]
    public async Task Token_without_exp_is_not_cached()
    {
        var options = new JwtBearerGatewayOptions { TimeProvider = _time, RequireExpiration = false, MaxTokenLifetime = null };
        options.ValidIssuers.Add(TestKeys.Issuer);
        options.ValidAudiences.Add(TestKeys.Audience);
        options.SigningKeys.Add(_keys.EcKey);
        var validator = new GatewayTokenValidator(options, null);
        var claims = TestKeys.Claims(Start);
        claims.Remove("exp");

        Assert.True((await validator.ValidateAsync(TestKeys.Sign(_keys.EcKey, claims), CancellationToken.None)).Succeeded);

        Assert.Equal(0, validator.CachedTokenCount);
    }

    [Fact]
    public async Task Cache_never_holds_more_than_its_size_and_evicted_tokens_still_validate()
    {
        var validator = Validator(cacheSize: 10);
        var tokens = Enumerable.Range(0, 25)
            .Select(i => TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start, subject: $"cpr:01019{i:D5}")))
            .ToList();

        foreach (var token in tokens)
        {
            Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);
            Assert.InRange(validator.CachedTokenCount, 1, 10);
        }

        foreach (var token in tokens)
        {
            Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);
        }

        Assert.InRange(validator.CachedTokenCount, 1, 10);
    }

    [Fact]
    public async Task Size_zero_turns_the_cache_off()
    {
        var validator = Validator(cacheSize: 0);
        var token = TestKeys.Sign(_keys.EcKey, TestKeys.Claims(Start));

        Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);
        Assert.True((await validator.ValidateAsync(token, CancellationToken.None)).Succeeded);

        Assert.Equal(0, validator.CachedTokenCount);
    }
}
