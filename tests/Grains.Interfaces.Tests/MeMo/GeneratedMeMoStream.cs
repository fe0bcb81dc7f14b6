using System.Text;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

/// <summary>
/// A MeMo message with one very large file, produced on the fly so the test itself never holds
/// the XML: the content is <see cref="Blocks"/> repetitions of a 3072-byte pattern, whose base64
/// is one 4096-character block.
/// </summary>
internal sealed class GeneratedMeMoStream : Stream
{
    public const int BlockBytes = 3072;

    private static readonly byte[] Prefix = Encoding.UTF8.GetBytes(
        """
        <memo:Message xmlns:memo="https://DigitalPost.dk/MeMo-1" memoVersion="1.2">
          <memo:MessageHeader>
            <memo:messageType>DIGITALPOST</memo:messageType>
            <memo:messageUUID>6f1c1f7e-3c1a-4b7e-9d3e-2a1b5c4d6e7f</memo:messageUUID>
            <memo:label>Stor fil</memo:label>
            <memo:Sender><memo:senderID>12345678</memo:senderID><memo:idType>CVR</memo:idType><memo:label>Kommunen</memo:label></memo:Sender>
            <memo:Recipient><memo:recipientID>0101901234</memo:recipientID><memo:idType>CPR</memo:idType></memo:Recipient>
          </memo:MessageHeader>
          <memo:MessageBody>
            <memo:createdDateTime>2026-01-01T00:00:00Z</memo:createdDateTime>
            <memo:MainDocument>
              <memo:File>
                <memo:encodingFormat>application/pdf</memo:encodingFormat>
                <memo:filename>stor.pdf</memo:filename>
                <memo:language>da</memo:language>
                <memo:content>
        """);

    private static readonly byte[] Suffix = Encoding.UTF8.GetBytes(
        "</memo:content></memo:File></memo:MainDocument></memo:MessageBody></memo:Message>");

    private static readonly byte[] Block = Encoding.ASCII.GetBytes(Convert.ToBase64String(Pattern.Block));

    private readonly long _length;
    private long _position;

    public GeneratedMeMoStream(int blocks)
    {
        Blocks = blocks;
        _length = Prefix.Length + ((long)Block.Length * blocks) + Suffix.Length;
    }

    public int Blocks { get; }

    public long ContentBytes => (long)BlockBytes * Blocks;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < _length)
        {
            var (source, at) = Locate(_position);
            var n = Math.Min(count - written, source.Length - at);
            Buffer.BlockCopy(source, at, buffer, offset + written, n);
            written += n;
            _position += n;
        }

        return written;
    }

    private (byte[] Source, int At) Locate(long position)
    {
        if (position < Prefix.Length)
        {
            return (Prefix, (int)position);
        }

        var inBlocks = position - Prefix.Length;
        return inBlocks < (long)Block.Length * Blocks
            ? (Block, (int)(inBlocks % Block.Length))
            : (Suffix, (int)(inBlocks - ((long)Block.Length * Blocks)));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The repeating content bytes.</summary>
    public static class Pattern
    {
        public static byte[] Block { get; } = Enumerable.Range(0, BlockBytes).Select(i => (byte)((i * 7) + (i / 256))).ToArray();

        public static byte At(long offset) => Block[offset % BlockBytes];
    }
}
