using System.Diagnostics.CodeAnalysis;

namespace DigitalPost.Grains.Interfaces.Notifications;

/// <summary>
/// A push device: the platform and the token the platform's push service issued. Its string form
/// (as kept in <see cref="Mailboxes.NotificationSettings.PushDevices"/>) is <c>platform:token</c>
/// with platform <c>apns</c>, <c>fcm</c> or <c>web</c>; the token is 8-4096 printable characters
/// without spaces.
/// </summary>
public sealed record PushDeviceToken(PushPlatform Platform, string Token)
{
    /// <summary>The longest token accepted (web push subscriptions are the longest).</summary>
    public const int MaxTokenLength = 4096;

    /// <summary>The shortest token accepted.</summary>
    public const int MinTokenLength = 8;

    /// <summary>The string form <c>platform:token</c>.</summary>
    public string Value => string.Concat(Prefix(Platform), ":", Token);

    public static PushDeviceToken Parse(string s) =>
        TryParse(s, out var token, out var error) ? token : throw new NotificationAddressException(error);

    /// <summary>Parses <c>platform:token</c> and, on failure, says what is wrong.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out PushDeviceToken? result, [NotNullWhen(false)] out string? error)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "Push device token is missing";
            return false;
        }

        var given = s.Trim();
        var colon = given.IndexOf(':', StringComparison.Ordinal);
        PushPlatform? platform = colon < 0 ? null : given[..colon].ToLowerInvariant() switch
        {
            "apns" => PushPlatform.Apns,
            "fcm" => PushPlatform.Fcm,
            "web" => PushPlatform.WebPush,
            _ => null,
        };
        if (platform is null)
        {
            error = "Push device must be written 'platform:token' with platform apns, fcm or web";
            return false;
        }

        var token = given[(colon + 1)..];
        if (token.Length is < MinTokenLength or > MaxTokenLength)
        {
            error = $"Push device token must be {MinTokenLength}-{MaxTokenLength} characters; got {token.Length}";
            return false;
        }

        if (token.Any(c => c <= ' ' || c == '\u007F'))
        {
            error = "Push device token contains spaces or control characters";
            return false;
        }

        result = new PushDeviceToken(platform.Value, token);
        error = null;
        return true;
    }

    private static string Prefix(PushPlatform platform) => platform switch
    {
        PushPlatform.Apns => "apns",
        PushPlatform.Fcm => "fcm",
        _ => "web",
    };

    /// <summary>The platform and the token's last four characters only.</summary>
    public override string ToString() => $"PushDeviceToken({Prefix(Platform)}:…{Token[^Math.Min(4, Token.Length)..]})";
}
