using System.Buffers;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// The decoded bytes of a <c>memo:File/content</c>, wherever the content sink keeps them
/// (memory for small files, a temporary file for large ones). Two contents are equal when they
/// hold the same bytes, so models compare by value regardless of where the bytes live.
/// </summary>
public abstract class MeMoContent : IEquatable<MeMoContent>, IDisposable
{
    /// <summary>Decoded length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Opens a fresh read-only stream over the decoded bytes.</summary>
    public abstract Stream OpenRead();

    /// <summary>Content held in memory.</summary>
    public static MeMoContent FromBytes(ReadOnlyMemory<byte> bytes) => new InMemoryMeMoContent(bytes);

    public bool Equals(MeMoContent? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (Length != other.Length)
        {
            return false;
        }

        if (this is InMemoryMeMoContent a && other is InMemoryMeMoContent b)
        {
            return a.Bytes.Span.SequenceEqual(b.Bytes.Span);
        }

        return StreamsEqual(this, other);
    }

    public override bool Equals(object? obj) => Equals(obj as MeMoContent);

    // Length only: hashing every byte of a 50 MB attachment to put a model in a set is not worth it.
    public override int GetHashCode() => Length.GetHashCode();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static bool StreamsEqual(MeMoContent left, MeMoContent right)
    {
        const int Chunk = 64 * 1024;
        var a = ArrayPool<byte>.Shared.Rent(Chunk);
        var b = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            using var sa = left.OpenRead();
            using var sb = right.OpenRead();
            while (true)
            {
                var na = sa.ReadAtLeast(a.AsSpan(0, Chunk), Chunk, throwOnEndOfStream: false);
                var nb = sb.ReadAtLeast(b.AsSpan(0, Chunk), Chunk, throwOnEndOfStream: false);
                if (na != nb || !a.AsSpan(0, na).SequenceEqual(b.AsSpan(0, nb)))
                {
                    return false;
                }

                if (na == 0)
                {
                    return true;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(a);
            ArrayPool<byte>.Shared.Return(b);
        }
    }

    public override string ToString() => $"{GetType().Name}({Length} bytes)";
}
