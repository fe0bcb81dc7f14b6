namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:File</c>. The decoded bytes are in <see cref="Content"/>, held where the content sink put them.</summary>
public sealed record MeMoFile : MeMoElement
{
    /// <summary>MIME type, e.g. application/pdf.</summary>
    public required string EncodingFormat { get; init; }

    public required string Filename { get; init; }

    /// <summary>ISO 639-1 language code, e.g. "da".</summary>
    public required string Language { get; init; }

    public required MeMoContent Content { get; init; }
}
