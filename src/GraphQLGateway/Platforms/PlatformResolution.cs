using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Platforms;

/// <summary>The outcome of <see cref="PlatformResolver"/>: a platform, or an error code from <see cref="GatewayErrorCodes"/>.</summary>
public sealed record PlatformResolution(GatewayPlatform? Platform, string? ErrorCode)
{
    public bool Succeeded => Platform is not null;

    public static PlatformResolution Of(GatewayPlatform platform) => new(platform, null);

    public static PlatformResolution Failed(string code) => new(null, code);
}
