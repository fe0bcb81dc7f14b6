namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:MessageHeader</c>.</summary>
public sealed record MeMoMessageHeader : MeMoElement
{
    public required MeMoMessageType MessageType { get; init; }

    public required Guid MessageUuid { get; init; }

    public string? MessageId { get; init; }

    public string? MessageCode { get; init; }

    /// <summary>The subject shown in the inbox (≤ 256).</summary>
    public required string Label { get; init; }

    /// <summary>Notification text (≤ 150); for NEMSMS it is the SMS text itself.</summary>
    public string? Notification { get; init; }

    public string? AdditionalNotification { get; init; }

    /// <summary>Whether the recipient may reply; absent means the platform default (no reply).</summary>
    public bool? Reply { get; init; }

    public DateTimeOffset? ReplyByDateTime { get; init; }

    public DateOnly? DoNotDeliverUntilDate { get; init; }

    /// <summary>Required by the schema; read as false when a sender omits it.</summary>
    public bool Mandatory { get; init; }

    /// <summary>Legal service (forkyndelse). Required by the schema; read as false when omitted.</summary>
    public bool LegalNotification { get; init; }

    public string? PostType { get; init; }

    public required MeMoSender Sender { get; init; }

    public required MeMoRecipient Recipient { get; init; }

    public MeMoContentData? ContentData { get; init; }

    public MeMoForwardData? ForwardData { get; init; }

    public MeMoList<MeMoReplyData> ReplyData { get; init; } = MeMoList<MeMoReplyData>.Empty;

    protected override string Describe() => $"MeMoMessageHeader {MessageType.ToWire()} {MessageUuid:D}";
}
