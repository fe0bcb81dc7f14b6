namespace DigitalPost.GraphQLGateway.Authentication.Development;

/// <summary>Development sign-in (configuration section <c>Authentication:Development</c>); only ever active in the Development environment.</summary>
public sealed record DevTokenOptions
{
    public string Issuer { get; init; } = "https://dev.digitalpost.local/";

    public string Audience { get; init; } = "digitalpost-gateway";

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>
    /// A base64 HMAC secret (≥ 32 bytes) so tokens survive restarts and several silos of a local cluster trust each
    /// other's tokens; <c>null</c> generates a P-256 key per process (tokens die with the process).
    /// </summary>
    public string? SigningKey { get; init; }

    public string KeyId { get; init; } = "digitalpost-dev";
}
