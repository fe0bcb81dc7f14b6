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
    public static Guid For(Guid jobId, int slice, long firstLine)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slice);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(slice, MaxSlices);
        ArgumentOutOfRangeException.ThrowIfNegative(firstLine);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstLine, MaxLine);

        Span<byte> input = stackalloc byte[32];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        jobId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);

        Span<byte> uuid = stackalloc byte[16];
        hash[..6].CopyTo(uuid);
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
}
