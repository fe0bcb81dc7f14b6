using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace DigitalPost.GraphQL.Transport.Http;

/// <summary>
/// Reads a request body into one pooled array, refusing it (413) as soon as it passes the limit: a declared
/// <c>Content-Length</c> over the limit is refused before reading, and a chunked body is counted as it arrives.
/// The body is consumed from the pipe as it is copied, so Kestrel's own request buffer limits never stall the read.
/// </summary>
internal sealed class RequestBodyReader : IDisposable
{
    private byte[]? _buffer;

    /// <summary>The body bytes (valid after a successful <see cref="ReadAsync"/>).</summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    public async ValueTask<RequestProblem?> ReadAsync(HttpRequest request, long maxSize, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > maxSize)
        {
            return TooLarge(maxSize);
        }

        // Let Kestrel enforce the same limit (its default is 30 MB); a smaller one of ours is checked below anyway.
        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = maxSize;
        }

        var length = 0;
        var initial = Math.Min(Math.Max(request.ContentLength ?? 4096, 256), Math.Min(maxSize, Array.MaxLength));
        _buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(initial, 1));
        var reader = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var sequence = read.Buffer;
                if (length + sequence.Length > maxSize)
                {
                    reader.AdvanceTo(sequence.End);
                    return TooLarge(maxSize);
                }

                Ensure(length + (int)sequence.Length);
                sequence.CopyTo(_buffer.AsSpan(length));
                length += (int)sequence.Length;
                reader.AdvanceTo(sequence.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (BadHttpRequestException exception)
        {
            return exception.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxSize)
                : RequestProblem.BadRequest($"The request body could not be read: {exception.Message}");
        }

        Body = _buffer.AsMemory(0, length);
        return null;
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private void Ensure(int size)
    {
        if (size <= _buffer!.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, _buffer.Length * 2));
        _buffer.AsSpan().CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    private static RequestProblem TooLarge(long maxSize) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {maxSize} bytes.", "PAYLOAD_TOO_LARGE");
}
