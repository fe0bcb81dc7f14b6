using System.Security.Cryptography;

namespace DigitalPost.Grains.MassSend;

/// <summary>
/// The messageUUID of one recipient's letter in a mass send: a function of the job, the recipient's
/// slice and the line number of the recipient's first line in the list, so a retried batch (or a
/// recipient listed twice: the upload gives every line of a recipient its first line's number) writes
/// the same UUID and delivers once. Laid out (RFC 9562 version 8, big-endian, as PostgreSQL compares
/// UUIDs) so that a job's letters sort by slice, then by line number:
/// <code>
/// bytes 0-5  first 48 bits of SHA-1(namespace, job id): the job's region of the key space
/// bytes 6-7  version 8, then the slice (12 bits; MassSend:SliceCount is at most 4,096)
/// bytes 8-15 variant 10, then the first line's number (62 bits)
/// </code>
/// Why the line number: a slice's batches read their recipients in line order
/// (<see cref="MassSendSql.ReadBatch"/>, <c>ORDER BY r.ordinal</c>), so the UUIDs a slice inserts
/// increase and the receipt index (sender, messageUUID) takes them at the end of the slice's own region
/// instead of on one random index page per recipient (the UUIDs used to be SHA-1 hashes;
/// docs/mass-send.md, "Figures"). Why not the CPR/CVR number (the layout of session 4): messageUUIDs are
/// not personal data anywhere else (logs, receipts, notifications, print jobs print them), so nothing of
/// the recipient may be derivable from one; the line number says only where in the authority's own list
/// the recipient stood. Distinct recipients of a job have distinct first lines, hence distinct UUIDs; two
/// jobs differ in their first 48 bits but for a hash collision.
/// </summary>
public static class MassSendMessageIds
{
    /// <summary>The most slices a job can have: the slice is 12 bits of the UUID.</summary>
    public const int MaxSlices = 4096;

    /// <summary>The largest line number the UUID holds (62 bits; a list is bounded by MassSend:Limits:MaxLines, far below).</summary>
    public const long MaxLine = (1L << 62) - 1;

    private static readonly Guid Namespace = new("3b0e7c59-2d4f-5a61-8e2b-9c4d1f7a6e05");

    /// <summary>The messageUUID of the recipient whose first line in job <paramref name="jobId"/>'s list is <paramref name="firstLine"/>, in slice <paramref name="slice"/>.</summary>
    public static Guid For(Guid jobId, int slice, long firstLine) => For(JobPrefix(jobId), slice, firstLine);

    /// <summary>The messageUUID of line <paramref name="firstLine"/> in slice <paramref name="slice"/> of the job whose <see cref="JobPrefix"/> is <paramref name="jobPrefix"/>.</summary>
    public static Guid For(long jobPrefix, int slice, long firstLine)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slice);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slice, MaxSlices);
        ArgumentOutOfRangeException.ThrowIfNegative(firstLine);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstLine, MaxLine);

        Span<byte> uuid = stackalloc byte[16];
        var prefix = (ulong)jobPrefix;
        for (var i = 5; i >= 0; i--)
        {
            uuid[i] = (byte)prefix;
            prefix >>= 8;
        }

        uuid[6] = (byte)(0x80 | (slice >> 8));
        uuid[7] = (byte)slice;
        var low = (ulong)firstLine;
        for (var i = 15; i >= 8; i--)
        {
            uuid[i] = (byte)low;
            low >>= 8;
        }

        // The line number is below 2^62, so the top two bits are free for the variant.
        uuid[8] |= 0x80;
        return new Guid(uuid, bigEndian: true);
    }

    /// <summary>The first 48 bits of every messageUUID of job <paramref name="jobId"/> (a hash of the job id), as a number.</summary>
    public static long JobPrefix(Guid jobId)
    {
        Span<byte> input = stackalloc byte[32];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        jobId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        long prefix = 0;
        for (var i = 0; i < 6; i++)
        {
            prefix = (prefix << 8) | hash[i];
        }

        return prefix;
    }

    /// <summary>
    /// The first line's number that <paramref name="messageUuid"/> holds, when it has this layout for the job of
    /// <paramref name="jobPrefix"/> and slice <paramref name="slice"/>; false for anything else. A caller also checks
    /// that the number is not above the line the UUID was stored on: the short-lived layout of early session 4 had the
    /// same first 64 bits but the recipient's CPR/CVR number below them, always above any line number.
    /// </summary>
    public static bool TryReadFirstLine(Guid messageUuid, long jobPrefix, int slice, out long firstLine)
    {
        Span<byte> uuid = stackalloc byte[16];
        messageUuid.TryWriteBytes(uuid, bigEndian: true, out _);
        long prefix = 0;
        for (var i = 0; i < 6; i++)
        {
            prefix = (prefix << 8) | uuid[i];
        }

        ulong low = 0;
        for (var i = 8; i < 16; i++)
        {
            low = (low << 8) | uuid[i];
        }

        firstLine = (long)(low & MaxLine);
        var matches = prefix == jobPrefix && uuid[6] == (byte)(0x80 | (slice >> 8)) && uuid[7] == (byte)slice && (uuid[8] & 0xC0) == 0x80;
        if (!matches)
        {
            firstLine = -1;
        }

        return matches;
    }
}
