namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:Sender</c>.</summary>
public sealed record MeMoSender : MeMoElement
{
    public required string SenderId { get; init; }

    /// <summary>CVR, CPR, ... as the sender wrote it (validated against the directory by the grains, not here).</summary>
    public required string IdType { get; init; }

    public string? IdTypeLabel { get; init; }

    public required string Label { get; init; }

    public MeMoAttentionData? AttentionData { get; init; }

    public MeMoContactPoint? ContactPoint { get; init; }

    public MeMoRepresentative? Representative { get; init; }
}
