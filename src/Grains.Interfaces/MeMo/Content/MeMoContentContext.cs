namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary>What a content sink knows about the file whose bytes it is about to receive.</summary>
/// <param name="Path">Element path of the <c>content</c> element, e.g. <c>/Message/MessageBody/MainDocument/File[1]/content</c>.</param>
/// <param name="EncodingFormat">The file's MIME type if it came before <c>content</c> (schema order), else null.</param>
/// <param name="Filename">The file name if it came before <c>content</c>, else null.</param>
public sealed record MeMoContentContext(string Path, string? EncodingFormat, string? Filename);
