using System.Buffers;
using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>A growable character buffer over pooled arrays, for string values with escapes.</summary>
internal ref struct CharBuilder
{
    private char[] _buffer;
    private int _length;

    public CharBuilder(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        _length = 0;
    }

    public void Append(char c)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = c;
    }

    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            Append((char)(0xD800 + (codePoint >> 10)));
            Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    /// <summary>Appends already validated UTF-8.</summary>
    public void AppendUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_buffer.Length - _length < needed)
        {
            Grow(needed);
        }

        _length += Encoding.UTF8.GetChars(utf8, _buffer.AsSpan(_length));
    }

    public override readonly string ToString() => new(_buffer, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
