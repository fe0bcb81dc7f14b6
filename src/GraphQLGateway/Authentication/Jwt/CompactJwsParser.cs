using System.Text;
using System.Text.Json;

namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>Splits and decodes a compact JWS (RFC 7515 §7.1). Verification is separate: nothing here is trusted yet.</summary>
public static class CompactJwsParser
{
    public static bool TryParse(string token, int maxLength, out JwsToken? parsed, out JwtFailure failure)
    {
        parsed = null;
        if (token.Length > maxLength)
        {
            failure = JwtFailure.TooLong;
            return false;
        }

        failure = JwtFailure.Malformed;
        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            return false;
        }

        var span = token.AsSpan();
        if (!JwsBase64.TryDecode(span[..first], out var headerBytes)
            || !JwsBase64.TryDecode(span[(first + 1)..second], out var payloadBytes)
            || !JwsBase64.TryDecode(span[(second + 1)..], out var signature))
        {
            return false;
        }

        string? alg;
        string? kid;
        JsonElement payload;
        try
        {
            using (var header = JsonDocument.Parse(headerBytes))
            {
                if (header.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                alg = header.RootElement.TryGetProperty("alg", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : null;
                kid = header.RootElement.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;

                // A critical extension we do not understand must make the token invalid (RFC 7515 §4.1.11).
                if (header.RootElement.TryGetProperty("crit", out _))
                {
                    return false;
                }
            }

            using var body = JsonDocument.Parse(payloadBytes);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            payload = body.RootElement.Clone();
        }
        catch (JsonException)
        {
            return false;
        }

        if (alg is null)
        {
            return false;
        }

        parsed = new JwsToken(alg, kid, payload, Encoding.ASCII.GetBytes(token, 0, second), signature);
        failure = JwtFailure.None;
        return true;
    }
}
