namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A file a person attaches when writing to an authority.</summary>
public sealed record Attachment(string Filename, string EncodingFormat, ReadOnlyMemory<byte> Content)
{
    /// <inheritdoc />
    public override string ToString() => $"Attachment({Content.Length} bytes)";
}
