namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Recipient</c>.</summary>
public sealed record MeMoRecipient : MeMoElement
{
    public required string RecipientId { get; init; }

    public required string IdType { get; init; }

    public string? IdTypeLabel { get; init; }

    public string? Label { get; init; }

    public MeMoAttentionData? AttentionData { get; init; }

    public MeMoContactPoint? ContactPoint { get; init; }
}
