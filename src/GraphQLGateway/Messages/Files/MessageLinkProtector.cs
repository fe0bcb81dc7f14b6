using System.Buffers.Binary;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Mailboxes;

namespace DigitalPost.GraphQLGateway.Messages.Files;

/// <summary>
/// Turns a <see cref="MessageLink"/> into the opaque token of a download URL and back. The payload names a person's
/// CPR (subject and mailbox), and URLs end up in proxy and browser logs, so it is encrypted (AES-256-CBC, random IV)
/// and then signed (HMAC-SHA256 over version, IV and ciphertext: encrypt-then-MAC). Both keys are derived from one
/// secret with HKDF-SHA256. The signature is checked, in constant time, before anything is decrypted; any failure —
/// bad encoding, wrong signature, unknown version, unreadable payload, expiry — gives the same <c>false</c>.
/// </summary>
public sealed class MessageLinkProtector
{
    /// <summary>The shortest secret accepted (bytes).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>Longest token accepted for decoding (a longer one is never ours).</summary>
    public const int MaxTokenLength = 1024;

    private const byte Version = 1;
    private const int IvBytes = 16;
    private const int MacBytes = 32;
    private const int MaxTextBytes = 255;

    private readonly byte[] _encryptionKey;
    private readonly byte[] _macKey;

    /// <param name="secret">At least <see cref="MinKeyBytes"/> bytes.</param>
    public MessageLinkProtector(ReadOnlySpan<byte> secret)
    {
        if (secret.Length < MinKeyBytes)
        {
            throw new ArgumentException($"The link key must have at least {MinKeyBytes} bytes; it has {secret.Length}.", nameof(secret));
        }

        _encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), 32, info: Encoding.ASCII.GetBytes("digitalpost/message-links/aes"));
        _macKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret.ToArray(), 32, info: Encoding.ASCII.GetBytes("digitalpost/message-links/hmac"));
    }

    /// <summary>A protector with the configured base64 key, or a random one when <paramref name="base64Key"/> is empty.</summary>
    public static MessageLinkProtector FromConfiguredKey(string? base64Key)
    {
        if (string.IsNullOrWhiteSpace(base64Key))
        {
            return new MessageLinkProtector(RandomNumberGenerator.GetBytes(MinKeyBytes));
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64Key.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{MessagesGatewayOptions.SectionName}:LinkKey is not base64.");
        }

        return key.Length >= MinKeyBytes
            ? new MessageLinkProtector(key)
            : throw new InvalidOperationException($"{MessagesGatewayOptions.SectionName}:LinkKey must decode to at least {MinKeyBytes} bytes; it has {key.Length}.");
    }

    /// <summary>The token (base64url, no padding) for <paramref name="link"/>.</summary>
    public string Protect(MessageLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var payload = Serialize(link);
        using var aes = Aes.Create();
        aes.Key = _encryptionKey;
        var iv = RandomNumberGenerator.GetBytes(IvBytes);
        var cipherLength = aes.GetCiphertextLengthCbc(payload.Length);
        var token = new byte[1 + IvBytes + cipherLength + MacBytes];
        token[0] = Version;
        iv.CopyTo(token, 1);
        aes.EncryptCbc(payload, iv, token.AsSpan(1 + IvBytes, cipherLength));
        HMACSHA256.HashData(_macKey, token.AsSpan(0, 1 + IvBytes + cipherLength), token.AsSpan(1 + IvBytes + cipherLength));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>
    /// The link inside <paramref name="token"/> when it is ours, untampered and not expired at <paramref name="now"/>.
    /// </summary>
    public bool TryUnprotect(string? token, DateTimeOffset now, [NotNullWhen(true)] out MessageLink? link)
    {
        link = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return false;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(token.Length)];
        if (Base64Url.DecodeFromChars(token, bytes, out var consumed, out var written) != System.Buffers.OperationStatus.Done || consumed != token.Length)
        {
            return false;
        }

        var data = bytes.AsSpan(0, written);
        var cipherLength = written - 1 - IvBytes - MacBytes;
        if (cipherLength <= 0 || cipherLength % 16 != 0 || data[0] != Version)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(_macKey, data[..(1 + IvBytes + cipherLength)], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, data[(1 + IvBytes + cipherLength)..]))
        {
            return false;
        }

        byte[] payload;
        try
        {
            using var aes = Aes.Create();
            aes.Key = _encryptionKey;
            payload = aes.DecryptCbc(data.Slice(1 + IvBytes, cipherLength), data.Slice(1, IvBytes));
        }
        catch (CryptographicException)
        {
            return false;
        }

        return TryDeserialize(payload, out link) && link.ExpiresAt > now;
    }

    // [kind:1][expires, unix ms:8][platform:1][index:4][uuid:16][subject length:1][subject][mailbox length:1][mailbox]
    private static byte[] Serialize(MessageLink link)
    {
        var subject = Encoding.UTF8.GetBytes(link.Subject);
        var mailbox = Encoding.UTF8.GetBytes(link.Mailbox.Value);
        if (subject.Length > MaxTextBytes || mailbox.Length > MaxTextBytes)
        {
            throw new ArgumentException("The link's subject or mailbox is too long.", nameof(link));
        }

        var buffer = new byte[1 + 8 + 1 + 4 + 16 + 1 + subject.Length + 1 + mailbox.Length];
        var span = buffer.AsSpan();
        span[0] = (byte)link.Kind;
        BinaryPrimitives.WriteInt64BigEndian(span[1..], link.ExpiresAt.ToUnixTimeMilliseconds());
        span[9] = (byte)link.Platform;
        BinaryPrimitives.WriteInt32BigEndian(span[10..], link.Index);
        link.MessageUuid.TryWriteBytes(span.Slice(14, 16), bigEndian: true, out _);
        span[30] = (byte)subject.Length;
        subject.CopyTo(span[31..]);
        span[31 + subject.Length] = (byte)mailbox.Length;
        mailbox.CopyTo(span[(32 + subject.Length)..]);
        return buffer;
    }

    private static bool TryDeserialize(ReadOnlySpan<byte> span, [NotNullWhen(true)] out MessageLink? link)
    {
        link = null;
        if (span.Length < 32)
        {
            return false;
        }

        var kind = (MessageLinkKind)span[0];
        var expires = BinaryPrimitives.ReadInt64BigEndian(span[1..]);
        var platform = (Platform)span[9];
        var index = BinaryPrimitives.ReadInt32BigEndian(span[10..]);
        var uuid = new Guid(span.Slice(14, 16), bigEndian: true);
        int subjectLength = span[30];
        if (span.Length < 32 + subjectLength)
        {
            return false;
        }

        int mailboxLength = span[31 + subjectLength];
        if (span.Length != 32 + subjectLength + mailboxLength
            || !Enum.IsDefined(kind)
            || !Enum.IsDefined(platform)
            || index < 0
            || expires < DateTimeOffset.MinValue.ToUnixTimeMilliseconds()
            || expires > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            || !MailboxId.TryParse(Encoding.UTF8.GetString(span.Slice(32 + subjectLength, mailboxLength)), out var mailbox))
        {
            return false;
        }

        var subject = Encoding.UTF8.GetString(span.Slice(31, subjectLength));
        link = new MessageLink(kind, subject, platform, mailbox, uuid, index, DateTimeOffset.FromUnixTimeMilliseconds(expires));
        return true;
    }
}
