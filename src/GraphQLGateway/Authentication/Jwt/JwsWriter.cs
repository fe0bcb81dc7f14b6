using System.Text;
using System.Text.Json;
using DigitalPost.GraphQLGateway.Authentication.Keys;

namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>Writes a compact JWS: base64url(header) "." base64url(payload) "." base64url(signature).</summary>
public static class JwsWriter
{
    public static string Write(JwtSigningKey key, object header, object payload)
    {
        var signingInput = JwsBase64.Encode(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + JwsBase64.Encode(JsonSerializer.SerializeToUtf8Bytes(payload));
        return signingInput + "." + JwsBase64.Encode(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }
}
