using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace DigitalPost.GraphQL.Operations;

/// <summary>A persisted document id: the SHA-256 of the document's UTF-8 bytes, written <c>sha256:&lt;hex&gt;</c>.</summary>
/// <param name="Hash">64 lowercase hexadecimal digits.</param>
public readonly record struct PersistedDocumentId(string Hash)
{
    private const string Prefix = "sha256:";

    /// <summary>The id of <paramref name="document"/>.</summary>
    public static PersistedDocumentId Compute(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PersistedDocumentId(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))));
    }

    /// <summary>Parses <c>sha256:&lt;hex&gt;</c> (the prefix is required; hex digits of either case).</summary>
    public static bool TryParse(string? text, out PersistedDocumentId id)
    {
        id = default;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return TryParseHash(text[Prefix.Length..], out id);
    }

    /// <summary>Parses a bare hexadecimal SHA-256 (Apollo's <c>persistedQuery.sha256Hash</c>).</summary>
    public static bool TryParseHash(string? hex, out PersistedDocumentId id)
    {
        id = default;
        if (hex is null || hex.Length != 64 || !IsHex(hex))
        {
            return false;
        }

        id = new PersistedDocumentId(hex.ToLowerInvariant());
        return true;
    }

    /// <summary>Whether <paramref name="document"/> hashes to this id.</summary>
    public bool Matches(string document) => Compute(document).Hash == Hash;

    /// <inheritdoc/>
    public override string ToString() => Prefix + Hash;

    [SuppressMessage("Style", "IDE0046", Justification = "Loop reads clearer.")]
    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
