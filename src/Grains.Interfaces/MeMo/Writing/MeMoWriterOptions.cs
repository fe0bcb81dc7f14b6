namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>How the MeMo writer formats its output.</summary>
public sealed record MeMoWriterOptions
{
    public static MeMoWriterOptions Default { get; } = new();

    /// <summary>Indent elements (readable; base64 content is never wrapped).</summary>
    public bool Indent { get; init; } = true;

    /// <summary>Write the <c>&lt;?xml version="1.0" encoding="utf-8"?&gt;</c> declaration.</summary>
    public bool WriteXmlDeclaration { get; init; } = true;

    /// <summary>Bytes read from a file's content per base64 chunk written (a multiple of 3).</summary>
    public int ContentChunkSize { get; init; } = 48 * 1024;
}
