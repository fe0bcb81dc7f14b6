namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// A read-only stream over one <c>content</c> element that decodes its base64 on demand with
/// <see cref="System.Xml.XmlReader.ReadElementContentAsBase64"/>: only the caller's buffer and the
/// XML reader's own (bounded) buffer are in memory, never the whole text or the whole file.
/// </summary>
internal sealed class Base64ContentStream : Stream
{
    private readonly MeMoReadContext _context;
    private readonly long _limit;
    private long _position;
    private bool _finished;

    public Base64ContentStream(MeMoReadContext context, long limit)
    {
        _context = context;
        _limit = limit;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    /// <summary>True once the element has been read to its end tag (the XML reader is past it).</summary>
    public bool Finished => _finished;

    public override int Read(byte[] buffer, int offset, int count)
    {
        ValidateBufferArguments(buffer, offset, count);
        if (_finished || count == 0)
        {
            return 0;
        }

        var read = _context.Reader.ReadElementContentAsBase64(buffer, offset, count);
        if (read == 0)
        {
            _finished = true;
            return 0;
        }

        _position += read;
        if (_position > _limit)
        {
            throw new MeMoContentLimitException($"larger than {_limit} bytes");
        }

        return read;
    }

    /// <summary>Reads whatever the sink left unread so the XML reader ends up after the element.</summary>
    public void Drain()
    {
        if (_finished)
        {
            return;
        }

        var scratch = new byte[4096];
        while (_context.Reader.ReadElementContentAsBase64(scratch, 0, scratch.Length) > 0)
        {
        }

        _finished = true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
