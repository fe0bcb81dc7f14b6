using System.Xml;

namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>
/// Reads MeMo 1.1 / 1.2 messages with a forward-only <see cref="XmlReader"/>: no DOM of the whole
/// message, file contents handed to an <see cref="IMeMoContentSink"/> as decoded streams, every
/// validation error collected (up to <see cref="MeMoReaderOptions.MaxErrors"/>) with its element path.
/// </summary>
/// <remarks>Thread-safe: a reader holds only its options and sink; every read has its own state.</remarks>
public sealed class MeMoReader
{
    private readonly MeMoReaderOptions _options;
    private readonly IMeMoContentSink _sink;
    private readonly XmlReaderSettings _settings;

    public MeMoReader(MeMoReaderOptions? options = null, IMeMoContentSink? sink = null)
    {
        _options = options ?? MeMoReaderOptions.Default;
        _sink = sink ?? BufferingMeMoContentSink.Default;
        _settings = new XmlReaderSettings
        {
            IgnoreWhitespace = true,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = _options.MaxDocumentCharacters,
            CloseInput = false,
        };
    }

    /// <summary>A reader with the default options and the default (memory, then temp file) sink.</summary>
    public static MeMoReader Default { get; } = new();

    public MeMoReaderOptions Options => _options;

    /// <summary>Reads one message from <paramref name="input"/> (UTF-8 or as the XML declaration says).</summary>
    public MeMoReadResult Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var xml = XmlReader.Create(input, _settings);
        return Read(xml);
    }

    /// <summary>Reads one message from an already positioned XML reader (before or on the root element).</summary>
    public MeMoReadResult Read(XmlReader xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var context = new MeMoReadContext(xml, _options, _sink);
        MeMoMessage? message = null;
        try
        {
            message = MeMoElementReader.ReadMessage(context);
        }
        catch (MeMoReadAbortedException)
        {
            // The error list is full; what was found is reported.
        }
        catch (XmlException ex)
        {
            TryAddXmlError(context, ex);
        }

        if (context.HasErrors || message is null)
        {
            context.ReleaseContents();
            return new MeMoReadResult(null, [.. context.Errors], context.Truncated);
        }

        return new MeMoReadResult(message, [], false);
    }

    /// <summary>Reads and returns the message, or throws <see cref="MeMoFormatException"/> listing every error.</summary>
    public MeMoMessage ReadOrThrow(Stream input) => Read(input).GetMessageOrThrow();

    private static void TryAddXmlError(MeMoReadContext context, XmlException ex)
    {
        try
        {
            context.Error($"not well-formed XML: {ex.Message}");
        }
        catch (MeMoReadAbortedException)
        {
            // Already full.
        }
    }
}
