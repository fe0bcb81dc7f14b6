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
    private const int NameTableReuseMaxBytes = 64 * 1024;
    private const int NameTableReuseReads = 64;

    [ThreadStatic]
    private static NameTable? _threadNameTable;

    [ThreadStatic]
    private static int _threadNameTableReads;

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
        var nameTable = RentNameTable(input);
        using var xml = nameTable is null
            ? XmlReader.Create(input, _settings)
            : XmlReader.Create(input, _settings, new XmlParserContext(nameTable, null, null, XmlSpace.None));
        return Read(xml);
    }

    /// <summary>
    /// Atomising the ~100 element names of a message costs a measurable share of a parse, so a
    /// thread reuses its name table across small messages. A table keeps every name it has seen,
    /// so reuse is bounded: only inputs of known size up to <see cref="NameTableReuseMaxBytes"/>,
    /// and a fresh table every <see cref="NameTableReuseReads"/> reads (worst case a few MB per thread).
    /// </summary>
    private static NameTable? RentNameTable(Stream input)
    {
        if (!input.CanSeek || input.Length - input.Position > NameTableReuseMaxBytes)
        {
            return null;
        }

        if (_threadNameTable is null || ++_threadNameTableReads > NameTableReuseReads)
        {
            _threadNameTable = new NameTable();
            _threadNameTableReads = 0;
        }

        return _threadNameTable;
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
        catch
        {
            // A sink or stream failure (disk full, I/O): nothing is returned, so nothing may stay behind.
            context.ReleaseContents();
            throw;
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
