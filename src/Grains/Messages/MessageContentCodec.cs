using System.Security.Cryptography;
using DigitalPost.Grains.Delivery;
using DigitalPost.Grains.Interfaces.MeMo;

namespace DigitalPost.Grains.Messages;

/// <summary>
/// Turns a message into content stored once: the MeMo XML without what differs per recipient
/// (messageUUID, recipientID and the recipient's label, kept on the message row), addressed by its
/// SHA-256. A mass send of one letter to a million people stores its content once.
/// </summary>
public static class MessageContentCodec
{
    private static readonly MeMoWriter s_writer = new(new MeMoWriterOptions { Indent = false, WriteXmlDeclaration = false });

    public static StoredContent Encode(MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var recipient = message.Header.Recipient with { RecipientId = "-", Label = null };
        var shared = message with { Header = message.Header with { MessageUuid = Guid.Empty, Recipient = recipient } };
        var bytes = s_writer.WriteToArray(shared);
        return new StoredContent(SHA256.HashData(bytes), bytes, Files(message));
    }

    /// <summary>
    /// The file list of a message, in document order (ordinal = position + 1). It depends only on
    /// what the content keeps, so every message of one content has the same list: it is stored once
    /// per content, and a message's files are read through its content hash.
    /// </summary>
    public static IReadOnlyList<FileRow> Files(MeMoMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return MessageLimits.Files(message).Select(f => new FileRow(f.DocumentKind, f.File.Filename, f.File.EncodingFormat, f.File.Content.Length)).ToList();
    }

    public static MeMoMessage Decode(byte[] data, Guid messageUuid, string recipientId, string? recipientLabel)
    {
        using var stream = new MemoryStream(data, writable: false);
        var shared = MeMoReader.Default.ReadOrThrow(stream);
        var recipient = shared.Header.Recipient with { RecipientId = recipientId, Label = recipientLabel };
        return shared with { Header = shared.Header with { MessageUuid = messageUuid, Recipient = recipient } };
    }
}
