using System.Security.Cryptography;
using System.Text;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// The messageUUID of one recipient's letter: name-based (RFC 9562 version 5 layout over SHA-1)
/// from the job id and the recipient's mailbox id, so a retried batch writes the same UUIDs and the
/// delivery record's primary key keeps it to one delivery.
/// </summary>
public static class MassSendMessageIds
{
    private static readonly Guid Namespace = new("3b0e7c59-2d4f-5a61-8e2b-9c4d1f7a6e05");

    /// <summary>The messageUUID for <paramref name="mailboxId"/> (e.g. <c>cpr:0101901234</c>) in job <paramref name="jobId"/>.</summary>
    public static Guid For(Guid jobId, string mailboxId)
    {
        ArgumentNullException.ThrowIfNull(mailboxId);
        Span<byte> input = stackalloc byte[32 + (mailboxId.Length * 3)];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        jobId.TryWriteBytes(input[16..], bigEndian: true, out _);
        var length = 32 + Encoding.UTF8.GetBytes(mailboxId, input[32..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
