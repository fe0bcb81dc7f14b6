namespace DigitalPost.GraphQLGateway.Authentication.Keys;

/// <summary>Keys fetched from an authority, with the issuer its discovery document names.</summary>
public sealed record JwtKeySet(IReadOnlyList<JwtSigningKey> Keys, string? Issuer);
