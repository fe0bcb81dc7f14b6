namespace DigitalPost.GraphQLGateway.Authentication.Jwt;

/// <summary>base64url without padding (RFC 7515 §2), the encoding of every JWS segment.</summary>
public static class JwsBase64
{
    public static string Encode(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    public static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];

        // Padding or the standard alphabet is not base64url; refusing it keeps one encoding per token.
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        if (text.Length % 4 == 1)
        {
            return false;
        }

        try
        {
            bytes = System.Buffers.Text.Base64Url.DecodeFromChars(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
