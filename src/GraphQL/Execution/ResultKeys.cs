using System.Text.Json;

namespace DigitalPost.GraphQL.Execution;

/// <summary>Response keys encoded once as JSON property names.</summary>
internal static class ResultKeys
{
    /// <summary>
    /// The keys as <see cref="JsonEncodedText"/>, or <c>null</c> unless every key is a GraphQL name
    /// (<c>[_A-Za-z][_0-9A-Za-z]*</c>): such a key needs no escaping under any encoder, so the bytes
    /// equal what <see cref="Utf8JsonWriter.WritePropertyName(string)"/> writes with the writer's own encoder.
    /// </summary>
    public static JsonEncodedText[]? TryEncode(string[] keys)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            if (!IsName(keys[i]))
            {
                return null;
            }

            encoded[i] = JsonEncodedText.Encode(keys[i]);
        }

        return encoded;
    }

    private static bool IsName(string key)
    {
        if (key.Length == 0 || char.IsAsciiDigit(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
