using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>Turns a byte offset of a UTF-8 source into a line and a UTF-16 column, as graphql-js counts them.</summary>
internal static class SourcePosition
{
    /// <summary>
    /// Scans from the start, so it is meant for errors, not for every token (the lexer tracks
    /// lines incrementally). Line terminators are <c>\r\n</c>, <c>\r</c> and <c>\n</c>.
    /// </summary>
    public static (int Line, int Column) GetLineAndColumn(ReadOnlySpan<byte> source, int position)
    {
        position = Math.Clamp(position, 0, source.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position; i++)
        {
            var b = source[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < source.Length && source[i + 1] == (byte)'\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, Utf16Length(source[lineStart..Math.Max(lineStart, position)]) + 1);
    }

    /// <summary>Number of UTF-16 code units the UTF-8 bytes decode to (invalid bytes count one each).</summary>
    public static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        if (Ascii.IsValid(utf8))
        {
            return utf8.Length;
        }

        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                // A lead byte of a four-byte sequence is a code point outside the BMP: a surrogate pair.
                length += b >= 0xF0 && b <= 0xF4 ? 2 : 1;
            }
        }

        return length;
    }
}
