using System.Text.Json;

namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>A parsed compact JWS: the decoded header and payload, the bytes that were signed, and the signature.</summary>
public sealed record JwsToken(string Algorithm, string? KeyId, JsonElement Payload, byte[] SigningInput, byte[] Signature);
