using System.Text.Json.Serialization;

namespace DigitalPost.GraphQLGateway.Authentication.Development;

public sealed record DevTokenResponse([property: JsonPropertyName("token")] string Token);
