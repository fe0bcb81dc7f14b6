using System.Security.Cryptography;
using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.Grains.Interfaces.Notifications;

namespace DigitalPost.Grains.Notifications;

/// <summary>
/// Deterministic notification ids (name-based, RFC 9562 version 5 layout over SHA-1): the same
/// mailbox, message, kind and delegate always give the same id, so a caller that retries after a
/// crash enqueues the notification once (the outbox is idempotent by id).
/// </summary>
public static class NotificationIds
{
    private static readonly Guid Namespace = new("6f1c2d0e-4b7a-5e39-9c1d-2a8f0b6e4d31");

    /// <summary>The id of the notification of <paramref name="kind"/> about <paramref name="messageUuid"/> to the owner (or the delegate) of <paramref name="mailbox"/>.</summary>
    public static Guid For(MailboxId mailbox, Guid messageUuid, NotificationKind kind, string? delegateCpr = null)
    {
        var name = $"{mailbox.Value}|{messageUuid:D}|{kind}|{delegateCpr}";
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
