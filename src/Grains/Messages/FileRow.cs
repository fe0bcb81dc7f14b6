namespace DigitalPost.Grains.Messages;

/// <summary>A file of a stored message (metadata only; bytes are in the content).</summary>
public sealed record FileRow(string DocumentKind, string Filename, string EncodingFormat, long SizeBytes);
