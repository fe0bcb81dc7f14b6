namespace DigitalPost.Grains.Messages;

/// <summary>
/// Content bytes, their SHA-256 (the key of <c>mailbox_contents</c>) and the file list the content
/// carries (stored once per content in <c>mailbox_content_files</c>, written with the bytes).
/// </summary>
public sealed record StoredContent(byte[] Sha256, byte[] Data, IReadOnlyList<FileRow> Files);
