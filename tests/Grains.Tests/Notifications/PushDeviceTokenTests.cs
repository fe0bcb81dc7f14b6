using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Tests.Notifications;

public sealed class PushDeviceTokenTests
{
    [Theory]
    [InlineData("apns:0f3a9b27c4d1e8f6", PushPlatform.Apns)]
    [InlineData("FCM:dGhpcyBpcyBhIHRva2Vu", PushPlatform.Fcm)]
    [InlineData("web:https://push.example.dk/sub/123", PushPlatform.WebPush)]
    public void A_platform_and_a_token_are_accepted(string input, PushPlatform platform)
    {
        var token = PushDeviceToken.Parse(input);

        Assert.Equal(platform, token.Platform);
        Assert.Equal(input[(input.IndexOf(':', StringComparison.Ordinal) + 1)..], token.Token);
        Assert.Equal(token, PushDeviceToken.Parse(token.Value));
    }

    [Theory]
    [InlineData("0f3a9b27c4d1e8f6", "'platform:token'")]
    [InlineData("blackberry:0f3a9b27c4d1e8f6", "'platform:token'")]
    [InlineData("apns:short", "8-4096 characters")]
    [InlineData("apns:0f3a9b27 c4d1e8f6", "spaces")]
    public void Malformed_devices_are_refused_saying_what_is_wrong(string input, string expected)
    {
        var error = Assert.Throws<NotificationAddressException>(() => PushDeviceToken.Parse(input));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
