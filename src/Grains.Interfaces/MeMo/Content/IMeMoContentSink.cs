namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Receives each file's content while the reader streams through the message, so the base64
/// text and the decoded bytes are never held at once: the stream passed to <see cref="Receive"/> decodes the
/// base64 straight from the XML reader's buffer, chunk by chunk, as the sink reads it.
/// </summary>
public interface IMeMoContentSink
{
    /// <summary>
    /// Consumes <paramref name="decoded"/> (read it to the end, or the rest is skipped) and
    /// returns where the bytes now live. An exception from the stream (content too large,
    /// invalid base64) must be let through; the sink should release what it had stored.
    /// </summary>
    MeMoContent Receive(MeMoContentContext context, Stream decoded);
}
