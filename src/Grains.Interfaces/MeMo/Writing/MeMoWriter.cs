using System.Text;
using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Writes a <see cref="MeMoMessage"/> as MeMo XML: elements in the schema's order, the sender's
/// namespace prefixes, kept foreign blocks where they were, and file contents streamed as base64
/// from <see cref="MeMoContent.OpenRead"/> chunk by chunk.
/// </summary>
public sealed class MeMoWriter
{
    private readonly MeMoWriterOptions _options;

    public MeMoWriter(MeMoWriterOptions? options = null)
    {
        _options = options ?? MeMoWriterOptions.Default;
        if (_options.ContentChunkSize <= 0 || _options.ContentChunkSize % 3 != 0)
        {
            throw new ArgumentException("ContentChunkSize must be a positive multiple of 3.", nameof(options));
        }
    }

    public static MeMoWriter Default { get; } = new();

    /// <summary>Writes UTF-8 (no byte order mark) to <paramref name="output"/>; the stream is left open.</summary>
    public void Write(MeMoMessage message, Stream output)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(output);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = _options.Indent,
            OmitXmlDeclaration = !_options.WriteXmlDeclaration,
            CloseOutput = false,
            NamespaceHandling = NamespaceHandling.OmitDuplicates,
        };
        using var xml = XmlWriter.Create(output, settings);
        Write(message, xml);
    }

    /// <summary>Writes the message element to an existing XML writer (flushing it, not closing it).</summary>
    public void Write(MeMoMessage message, XmlWriter xml)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(xml);
        new MeMoXmlEmitter(xml, _options).WriteMessage(message);
        xml.Flush();
    }

    /// <summary>Convenience for small messages and tests.</summary>
    public byte[] WriteToArray(MeMoMessage message)
    {
        using var buffer = new MemoryStream();
        Write(message, buffer);
        return buffer.ToArray();
    }
}
