using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Interfaces.Tests.MeMo;

/// <summary>Content that is the generated pattern, regenerated on every read: large, yet never held in memory.</summary>
internal sealed class PatternContent(long length) : MeMoContent
{
    public override long Length { get; } = length;

    public override Stream OpenRead() => new PatternStream(Length);

    private sealed class PatternStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = GeneratedMeMoStream.Pattern.At(_position + i);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
