using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DigitalPost.LoadTests.Gateway;

/// <summary>
/// A recipient list streamed as <c>text/csv</c>, one number per line, straight from its source (e.g. a PostgreSQL
/// reader), so a list of millions is never held in memory. <see cref="Count"/> says how many lines were written.
/// The content can be sent once.
/// </summary>
public sealed class RecipientListContent : HttpContent
{
    private readonly IAsyncEnumerable<string> _recipients;

    /// <summary>Streams <paramref name="recipients"/> (CPR or CVR numbers).</summary>
    public RecipientListContent(IAsyncEnumerable<string> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        _recipients = recipients;
        Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
    }

    /// <summary>Lines written so far.</summary>
    public long Count { get; private set; }

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    /// <inheritdoc />
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var used = 0;
        await foreach (var recipient in _recipients.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (used + recipient.Length + 1 > buffer.Length)
            {
                await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken).ConfigureAwait(false);
                used = 0;
            }

            used += Encoding.ASCII.GetBytes(recipient, buffer.AsSpan(used));
            buffer[used++] = (byte)'\n';
            Count++;
        }

        await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        // Unknown until streamed: sent chunked.
        length = 0;
        return false;
    }
}
