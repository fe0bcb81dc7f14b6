using System.Globalization;
using System.Security.Cryptography;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// The messageUUID of one recipient's letter in a mass send: a function of the job, the recipient's
/// slice and the recipient's number, so a retried batch (or a recipient listed twice) writes the same
/// UUID and delivers once. Laid out (RFC 9562 version 8, big-endian, as PostgreSQL compares UUIDs) so
/// that a job's letters sort by slice, then by CPR/CVR number:
/// <code>
/// bytes 0-5  first 48 bits of SHA-1(namespace, job id): the job's region of the key space
/// bytes 6-7  version 8, then the slice (12 bits; MassSend:SliceCount is at most 4,096)
/// bytes 8-15 variant 10, a kind bit (0 CPR, 1 CVR), then the number (CPR 10 digits, CVR 8 digits)
/// </code>
/// Why: the receipt index (sender, messageUUID) then takes a slice's inserts within that slice's small
/// region instead of anywhere in the sender's receipts (the UUIDs used to be SHA-1 hashes: one random
/// index page per recipient; docs/mass-send.md, "Figures"). Distinct recipients of a job get distinct
/// UUIDs (the number is kept whole), and two jobs differ in their first 48 bits but for a hash collision.
/// </summary>
public static class MassSendMessageIds
{
    /// <summary>The most slices a job can have: the slice is 12 bits of the UUID.</summary>
    public const int MaxSlices = 4096;

    private static readonly Guid Namespace = new("3b0e7c59-2d4f-5a61-8e2b-9c4d1f7a6e05");

    /// <summary>The messageUUID for <paramref name="mailboxId"/> (<c>cpr:</c> + 10 digits or <c>cvr:</c> + 8 digits) in slice <paramref name="slice"/> of job <paramref name="jobId"/>.</summary>
    public static Guid For(Guid jobId, int slice, string mailboxId)
    {
        ArgumentNullException.ThrowIfNull(mailboxId);
        ArgumentOutOfRangeException.ThrowIfNegative(slice);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slice, MaxSlices);
        var (kind, number) = Number(mailboxId);

        Span<byte> input = stackalloc byte[32];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        jobId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);

        Span<byte> uuid = stackalloc byte[16];
        hash[..6].CopyTo(uuid);
        uuid[6] = (byte)(0x80 | (slice >> 8));
        uuid[7] = (byte)slice;
        var low = ((ulong)kind << 61) | number;
        for (var i = 15; i >= 8; i--)
        {
            uuid[i] = (byte)low;
            low >>= 8;
        }

        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
        return new Guid(uuid, bigEndian: true);
    }

    private static (int Kind, ulong Number) Number(string mailboxId)
    {
        var kind = mailboxId.Length switch
        {
            14 when mailboxId.StartsWith("cpr:", StringComparison.Ordinal) => 0,
            12 when mailboxId.StartsWith("cvr:", StringComparison.Ordinal) => 1,
            _ => -1,
        };
        if (kind < 0 || !ulong.TryParse(mailboxId.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new ArgumentException($"'{mailboxId}' is not a citizen (cpr: + 10 digits) or business (cvr: + 8 digits) mailbox.", nameof(mailboxId));
        }

        return (kind, number);
    }
}
