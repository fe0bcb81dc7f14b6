using System.Text.Json.Serialization;

namespace DigitalPost.GraphQLGateway.Authentication.Development;

/// <summary>The 400 body: a stable <paramref name="Error"/> code, an English message, and the offending field.</summary>
public sealed record DevTokenError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("field"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null);
