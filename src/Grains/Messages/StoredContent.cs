namespace DigitalPost.Grains.Messages;

/// <summary>Content bytes and their SHA-256 (the key of <c>mailbox_contents</c>).</summary>
public sealed record StoredContent(byte[] Sha256, byte[] Data);
