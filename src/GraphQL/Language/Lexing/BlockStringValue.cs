using System.Buffers;
using System.Text;

namespace DigitalPost.GraphQL.Language;

/// <summary>
/// The specification's <c>BlockStringValue()</c>: splits the raw content of a block string into lines,
/// removes the common indentation of all lines but the first, drops leading and trailing blank lines
/// and joins the rest with <c>\n</c>. The escape <c>\"""</c> becomes <c>"""</c>.
/// </summary>
internal static class BlockStringValue
{
    /// <summary>Computes the value of raw UTF-8 block string content (between the triple quotes).</summary>
    public static string FromRaw(ReadOnlySpan<byte> raw)
    {
        // First pass: common indentation (ignoring the first line and blank lines) and the range of
        // non-blank lines. Indentation is spaces and tabs, one byte each, so bytes count as characters.
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var lineIndex = 0;
        var position = 0;
        while (true)
        {
            var lineEnd = LineEnd(raw, position);
            var line = raw[position..lineEnd];
            var indent = LeadingWhitespace(line);
            if (indent < line.Length)
            {
                if (firstNonBlank < 0)
                {
                    firstNonBlank = lineIndex;
                }

                lastNonBlank = lineIndex;
                if (lineIndex != 0 && indent < commonIndent)
                {
                    commonIndent = indent;
                }
            }

            if (lineEnd == raw.Length)
            {
                break;
            }

            position = NextLineStart(raw, lineEnd);
            lineIndex++;
        }

        if (firstNonBlank < 0)
        {
            return string.Empty;
        }

        var rented = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var written = 0;
            lineIndex = 0;
            position = 0;
            while (true)
            {
                var lineEnd = LineEnd(raw, position);
                if (lineIndex >= firstNonBlank && lineIndex <= lastNonBlank)
                {
                    var line = raw[position..lineEnd];
                    if (lineIndex != 0)
                    {
                        line = line[Math.Min(commonIndent, line.Length)..];
                    }

                    if (lineIndex != firstNonBlank)
                    {
                        rented[written++] = (byte)'\n';
                    }

                    written += CopyUnescaped(line, rented.AsSpan(written));
                }

                if (lineEnd == raw.Length || lineIndex >= lastNonBlank)
                {
                    break;
                }

                position = NextLineStart(raw, lineEnd);
                lineIndex++;
            }

            return Encoding.UTF8.GetString(rented, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The same algorithm over characters (used by the printer to check a candidate).</summary>
    public static string FromRaw(string raw)
    {
        var bytes = Encoding.UTF8.GetBytes(raw);
        return FromRaw(bytes);
    }

    private static int LineEnd(ReadOnlySpan<byte> raw, int start)
    {
        var index = raw[start..].IndexOfAny((byte)'\n', (byte)'\r');
        return index < 0 ? raw.Length : start + index;
    }

    private static int NextLineStart(ReadOnlySpan<byte> raw, int lineEnd) =>
        raw[lineEnd] == (byte)'\r' && lineEnd + 1 < raw.Length && raw[lineEnd + 1] == (byte)'\n'
            ? lineEnd + 2
            : lineEnd + 1;

    private static int LeadingWhitespace(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == (byte)' ' || line[i] == (byte)'\t'))
        {
            i++;
        }

        return i;
    }

    private static int CopyUnescaped(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        var written = 0;
        while (true)
        {
            var escape = line.IndexOf("\\\"\"\""u8);
            if (escape < 0)
            {
                line.CopyTo(destination[written..]);
                return written + line.Length;
            }

            line[..escape].CopyTo(destination[written..]);
            written += escape;
            "\"\"\""u8.CopyTo(destination[written..]);
            written += 3;
            line = line[(escape + 4)..];
        }
    }
}
