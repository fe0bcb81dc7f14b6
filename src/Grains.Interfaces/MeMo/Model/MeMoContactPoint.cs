namespace DigitalPost.Grains.Interfaces.MeMo;

/// <summary><c>memo:ContactPoint</c>.</summary>
public sealed record MeMoContactPoint : MeMoElement
{
    public string? ContactGroup { get; init; }

    public required string ContactPointId { get; init; }

    public string? Label { get; init; }

    public MeMoList<MeMoContactInfo> ContactInfo { get; init; } = MeMoList<MeMoContactInfo>.Empty;
}
