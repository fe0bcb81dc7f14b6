using System.Runtime.InteropServices;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>File content held in memory.</summary>
public sealed class InMemoryMeMoContent : MeMoContent
{
    public InMemoryMeMoContent(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    public ReadOnlyMemory<byte> Bytes { get; }

    public override long Length => Bytes.Length;

    public override Stream OpenRead()
    {
        if (MemoryMarshal.TryGetArray(Bytes, out var segment) && segment.Array is not null)
        {
            return new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false);
        }

        return new MemoryStream(Bytes.ToArray(), writable: false);
    }
}
