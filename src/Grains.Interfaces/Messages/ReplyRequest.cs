namespace DigitalPost.Grains.Interfaces.Messages;

/// <summary>A reply to a received message (threaded with ReplyData).</summary>
public sealed record ReplyRequest(Guid MessageUuid, string Body, IReadOnlyList<Attachment> Attachments)
{
    /// <inheritdoc />
    public override string ToString() => $"ReplyRequest({MessageUuid})";
}
