using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace DigitalPost.GraphQLGateway.Authentication.Caching;

/// <summary>
/// SHA-256 of a token's UTF-8 bytes, the key of <see cref="ValidatedTokenCache"/>: fixed size whatever the token's length,
/// and the cache never holds a usable bearer token (a heap dump shows digests, not credentials).
/// </summary>
internal readonly record struct TokenDigest(ulong A, ulong B, ulong C, ulong D)
{
    private const int StackLimit = 2048;

    public static TokenDigest Of(string token)
    {
        var length = Encoding.UTF8.GetMaxByteCount(token.Length);
        byte[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(token, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer[..written], hash);
            var words = MemoryMarshal.Cast<byte, ulong>(hash);
            return new TokenDigest(words[0], words[1], words[2], words[3]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
