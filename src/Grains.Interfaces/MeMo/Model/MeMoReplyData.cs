namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:ReplyData</c>: threads a reply with the messages it answers.</summary>
public sealed record MeMoReplyData : MeMoElement
{
    public string? MessageId { get; init; }

    public required Guid MessageUuid { get; init; }

    public Guid? ReplyUuid { get; init; }

    public string? SenderId { get; init; }

    public string? RecipientId { get; init; }

    public string? CaseId { get; init; }

    public string? ContactPointId { get; init; }

    public string? GeneratingSystemId { get; init; }

    public string? Comment { get; init; }

    public MeMoList<MeMoAdditionalReplyData> AdditionalReplyData { get; init; } = MeMoList<MeMoAdditionalReplyData>.Empty;
}
