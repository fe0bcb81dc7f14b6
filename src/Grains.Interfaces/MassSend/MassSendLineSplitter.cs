using System.Buffers;
using System.Runtime.CompilerServices;

namespace DigitalPost.Grains.Interfaces.MassSend;

/// <summary>
/// Splits a stream into lines (LF or CRLF) without holding more than one buffer: each yielded line
/// is valid until the enumeration moves on. A line longer than the limit, or more lines than the
/// limit, throws <see cref="MassSendInputException"/> naming the line.
/// </summary>
internal static class MassSendLineSplitter
{
    public static async IAsyncEnumerable<(long LineNumber, ReadOnlyMemory<byte> Line)> SplitAsync(
        Stream input, string part, int maxLineBytes, long maxLines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Room for one whole line plus a read's worth, so a full line always fits after compaction.
        var size = Math.Max(64 * 1024, maxLineBytes + 1 + 64 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var start = 0;
            var end = 0;
            long lineNumber = 0;
            var eof = false;
            while (true)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
                if (newline < 0)
                {
                    if (end - start > maxLineBytes)
                    {
                        throw new MassSendInputException(part, lineNumber + 1, $"the line is longer than {maxLineBytes} bytes (MassSend:Limits).");
                    }

                    if (eof)
                    {
                        if (end > start)
                        {
                            lineNumber++;
                            CheckCount(part, lineNumber, maxLines);
                            yield return (lineNumber, Trim(buffer.AsMemory(start, end - start)));
                        }

                        yield break;
                    }

                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    var read = await input.ReadAsync(buffer.AsMemory(end, buffer.Length - end), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        eof = true;
                    }

                    end += read;
                    continue;
                }

                if (newline - start > maxLineBytes)
                {
                    throw new MassSendInputException(part, lineNumber + 1, $"the line is longer than {maxLineBytes} bytes (MassSend:Limits).");
                }

                lineNumber++;
                CheckCount(part, lineNumber, maxLines);
                yield return (lineNumber, Trim(buffer.AsMemory(start, newline - start)));
                start = newline + 1;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void CheckCount(string part, long lineNumber, long maxLines)
    {
        // Header lines count too; the limit is on what the client sends.
        if (lineNumber > maxLines + 1)
        {
            throw new MassSendInputException(part, lineNumber, $"more than {maxLines} lines (MassSend:Limits:MaxLines).");
        }
    }

    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        var from = 0;
        var to = span.Length;
        // A UTF-8 byte order mark on the first line is not part of the value.
        if (to >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            from = 3;
        }

        while (from < to && span[from] is (byte)' ' or (byte)'\t')
        {
            from++;
        }

        while (to > from && span[to - 1] is (byte)'\r' or (byte)' ' or (byte)'\t')
        {
            to--;
        }

        return line[from..to];
    }
}
